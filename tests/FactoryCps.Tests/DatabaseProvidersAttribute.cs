using FactoryCps.Tests.Data;
using Xunit.v3;

namespace FactoryCps.Tests;

/// <summary>
/// Runs a theory once per database provider (<see cref="TestDatabase.Providers"/>), the provider's name being
/// its one argument. Each provider stays its own test case at discovery, as with a plain MemberData.
/// </summary>
internal sealed class DatabaseProvidersAttribute : MemberDataAttributeBase
{
    public DatabaseProvidersAttribute()
        : base(nameof(TestDatabase.Providers), [])
    {
        MemberType = typeof(TestDatabase);
    }
}
