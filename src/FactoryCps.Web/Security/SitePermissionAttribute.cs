using FactoryCps.Web.Accounts;

namespace FactoryCps.Web.Security;

/// <summary>
/// Marks a page or endpoint that addresses one site through the <c>{site}</c> route value: reading (GET, HEAD)
/// needs <see cref="Read"/>, anything else needs <see cref="Write"/>. Every endpoint with a <c>{site}</c>
/// parameter carries one; the authorization matrix test fails for any that does not.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SitePermissionAttribute(SitePermission read, SitePermission write) : Attribute
{
    public SitePermissionAttribute(SitePermission both)
        : this(both, both)
    {
    }

    public SitePermission Read { get; } = read;

    public SitePermission Write { get; } = write;

    public SitePermission For(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? Read : Write;
}
