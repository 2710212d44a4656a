using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using FactoryCps.Suppliers;
using FactoryCps.Web.Shared;
using FactoryCps.Web.Suppliers;
using FactoryCps.Web.Suppliers.Portal;

namespace FactoryCps.Tests.Web;

/// <summary>The rules the supply-chain entities keep themselves, and the evidence checks, without a database
/// (the questionnaire's review rules are the core's: Suppliers/Questionnaires/QuestionnaireRulesTests).</summary>
public sealed class SupplierRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_re_assessment_policy_comes_from_the_options_and_out_of_range_values_are_refused()
    {
        Assert.Equal(ReassessmentPolicy.Default, new SupplierOptions().Policy);
        Assert.Equal(new ReassessmentPolicy(6, 30, 60), new SupplierOptions { ReassessmentMonths = 6, ContractLeadDays = 30, SupportEndLeadDays = 60 }.Policy);
        Assert.False(new SupplierOptions { ReassessmentMonths = 0 }.IsValid);
        Assert.False(new SupplierOptions { ReassessmentMonths = 61 }.IsValid);
        Assert.False(new SupplierOptions { ContractLeadDays = -1 }.IsValid);
        Assert.False(new SupplierOptions { SupportEndLeadDays = 731 }.IsValid);
        Assert.True(new SupplierOptions().IsValid);
    }

    [Fact]
    public void An_invitation_admits_until_it_expires_or_is_revoked_and_records_its_use()
    {
        var invitation = new PortalInvitation { TokenHash = "h", CreatedBy = "lead", CreatedAt = Now, ExpiresAt = Now.AddDays(14) };
        Assert.Equal(InvitationState.Valid, invitation.Use(Now.AddDays(1)));
        Assert.Equal(InvitationState.Valid, invitation.Use(Now.AddDays(2)));
        Assert.Equal((Now.AddDays(1), Now.AddDays(2)), (invitation.FirstUsedAt!.Value, invitation.LastUsedAt!.Value));

        Assert.Equal(InvitationState.Expired, invitation.Use(Now.AddDays(14)));
        Assert.Equal(Now.AddDays(2), invitation.LastUsedAt);

        Assert.True(invitation.Revoke("lead", Now.AddDays(3)));
        Assert.False(invitation.Revoke("lead", Now.AddDays(4)));
        Assert.Equal(InvitationState.Revoked, invitation.StateAt(Now.AddDays(3)));
        Assert.Equal(Now.AddDays(3), invitation.RevokedAt);
    }

    [Theory]
    [InlineData("pdf", EvidenceTypes.Pdf)]
    [InlineData("png", EvidenceTypes.Png)]
    [InlineData("jpeg", EvidenceTypes.Jpeg)]
    [InlineData("docx", EvidenceTypes.Docx)]
    [InlineData("xlsx", EvidenceTypes.Xlsx)]
    [InlineData("text", EvidenceTypes.Text)]
    public void Evidence_types_are_told_by_their_bytes(string kind, string expected) =>
        Assert.Equal(expected, EvidenceTypes.Detect(Sample(kind)));

    [Theory]
    [InlineData("exe")]
    [InlineData("zip")]
    [InlineData("html-with-nul")]
    [InlineData("latin1")]
    public void Other_files_are_refused_whatever_they_are_called(string kind) =>
        Assert.Null(EvidenceTypes.Detect(Sample(kind)));

    [Fact]
    public void An_upload_is_checked_for_size_and_type_and_carries_its_hash_and_a_safe_name()
    {
        var pdf = Sample("pdf");
        var (upload, problem) = EvidenceUpload.Check("C:\\Users\\sato\\report\u0007.pdf", pdf, 1024);
        Assert.Null(problem);
        Assert.Equal(("report.pdf", EvidenceTypes.Pdf, Convert.ToHexStringLower(SHA256.HashData(pdf))), (upload!.FileName, upload.ContentType, upload.Sha256));

        Assert.Equal(EvidenceProblem.TooLarge, EvidenceUpload.Check("big.pdf", [.. pdf, .. new byte[1024]], 1024).Problem);
        Assert.Equal(EvidenceProblem.Missing, EvidenceUpload.Check("empty.pdf", [], 1024).Problem);
        Assert.Equal(EvidenceProblem.TypeNotAllowed, EvidenceUpload.Check("setup.pdf", Sample("exe"), 1024).Problem);
    }

    /// <summary>Small files of each kind, built here: the first bytes are what the check reads.</summary>
    internal static byte[] Sample(string kind) => kind switch
    {
        "pdf" => "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"u8.ToArray(),
        "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
        "jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46],
        "docx" => Zip("[Content_Types].xml", "word/document.xml"),
        "xlsx" => Zip("[Content_Types].xml", "xl/workbook.xml"),
        "zip" => Zip("readme.txt", "payload.bin"),
        "text" => Encoding.UTF8.GetBytes("ISMS certificate no. 12345\r\n有効期限 2027-03-31\n"),
        "exe" => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0],
        "html-with-nul" => "<html>\0<script>alert(1)</script>"u8.ToArray(),
        "latin1" => [0x63, 0x61, 0x66, 0xE9, 0x20, 0xFF],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }
}
