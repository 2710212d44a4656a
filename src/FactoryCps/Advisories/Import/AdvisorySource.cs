using FactoryCps.Diagnostics;

namespace FactoryCps.Advisories.Import;

/// <summary>A hash file a ROLIE feed announces for an advisory (<c>rel: hash</c>): it must exist and match.</summary>
internal sealed record AnnouncedHash(string SidecarPath, string Feed);

/// <summary>One advisory file to import, with the hash files a feed announced for it (none for a plain file).</summary>
internal sealed record AdvisorySourceFile(string Path, IReadOnlyList<AnnouncedHash> AnnouncedHashes);

/// <summary>Why a file, feed entry or advisory was not imported: the file, a JSON pointer into it (or ""), and what.</summary>
internal sealed record AdvisoryProblem(string File, string Path, Message Message);

/// <summary>
/// What the paths named: the advisory files in a stable order, feed entries whose document is not in the local
/// copy (a partial mirror is normal, so these are reported, not rejected), and paths or feeds that could not be read.
/// </summary>
internal sealed record AdvisoryDiscovery(
    IReadOnlyList<AdvisorySourceFile> Files,
    IReadOnlyList<AdvisoryProblem> NotPresent,
    IReadOnlyList<AdvisoryProblem> Problems);
