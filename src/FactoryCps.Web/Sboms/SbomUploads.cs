using FactoryCps.Sboms;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Sites;

namespace FactoryCps.Web.Sboms;

/// <summary>One upload, as the form and the API both make it: sniffed, read, stored, or refused with why.</summary>
internal static class SbomUploads
{
    public static async Task<(SbomSummary? Stored, SbomUploadError? Error)> StoreAsync(
        SbomStore store, int siteId, string assetId, string fileName, byte[] content, Actor actor, CancellationToken cancellationToken)
    {
        if (content.Length == 0)
        {
            return (null, SbomUploadError.Missing());
        }

        if (content.Length > SbomStore.MaxUploadBytes)
        {
            return (null, SbomUploadError.TooLarge());
        }

        if (!SbomUploadError.LooksLikeJson(content))
        {
            return (null, SbomUploadError.NotJson());
        }

        try
        {
            return (await store.UploadAsync(siteId, assetId, SafeName(fileName, assetId), WithoutBom(content), actor, cancellationToken), null);
        }
        catch (SbomReadException ex)
        {
            return (null, SbomUploadError.Of(ex, Lang.Current));
        }
        catch (SbomTooManyComponentsException ex)
        {
            return (null, SbomUploadError.Of(ex));
        }
    }

    /// <summary>The file name without any folder a browser or client sent, bounded, never empty.</summary>
    public static string SafeName(string? fileName, string assetId)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        name = new string([.. name.Where(c => !char.IsControl(c))]);
        if (name.Length == 0)
        {
            name = assetId + ".sbom.json";
        }

        return name.Length <= 200 ? name : name[^200..];
    }

    /// <summary>System.Text.Json does not skip a UTF-8 byte order mark in bytes; editors on Windows write one.</summary>
    private static byte[] WithoutBom(byte[] content) => content.AsSpan().StartsWith("\uFEFF"u8) ? content[3..] : content;
}
