using System.Text;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Sites.Pages;

/// <summary>Import (validated, all-or-nothing, one transaction) and export of the site's model, and report downloads.</summary>
[SitePermission(SitePermission.View, SitePermission.Import)]
[RequestSizeLimit(MaxUpload + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
internal sealed class ModelPageModel(SiteModelStore store) : SitePageModel
{
    /// <summary>Large enough for tens of thousands of assets; the YAML reader has its own depth and alias limits.</summary>
    public const int MaxUpload = 10 * 1024 * 1024;

    public List<string> Errors { get; } = [];

    public bool Imported { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            Errors.Add(WebText.ModelFileMissing);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        string text;
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }
        catch (DecoderFallbackException)
        {
            Errors.Add(WebText.ModelFileNotUtf8);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await store.ImportAsync(text, Path.GetFileName(file.FileName), User.Actor(), into: Access.Site, create: false, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.Render(Lang.Current)));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Imported = true;
        return Page();
    }
}
