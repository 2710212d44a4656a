using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using FactoryCps.Suppliers;
using FactoryCps.Web.Suppliers;
using FactoryCps.Web.Suppliers.Portal;
using FactoryCps.Web.Suppliers.Questionnaires;

namespace FactoryCps.Tests.Web;

/// <summary>The rules the supply-chain entities keep themselves, and the evidence checks, without a database.</summary>
public sealed class SupplierRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private static Questionnaire TwoQuestions() => new()
    {
        PublicId = "p",
        Status = Questionnaire.Issued,
        Category = "product",
        Phase = "procurement",
        IssuedBy = "lead",
        Version = 1,
        Items =
        [
            new QuestionnaireItem { ItemId = "q1", TextJa = "一", TextEn = "one", Basis = "phase" },
            new QuestionnaireItem { ItemId = "q2", TextJa = "二", TextEn = "two", Basis = "phase" },
        ],
    };

    [Fact]
    public void A_questionnaire_is_answered_once_every_question_has_an_answer()
    {
        var q = TwoQuestions();
        Assert.Null(q.Answer("q1", AnswerChoice.Yes, " patched monthly ", "Sato (Maker A)", Now));
        Assert.Equal(Questionnaire.Issued, q.Status);
        Assert.Equal(("yes", "patched monthly", "Sato (Maker A)", Now), (q.Items[0].Answer, q.Items[0].Comment, q.Items[0].AnsweredBy, q.Items[0].AnsweredAt));
        Assert.Null(q.Answer("q2", AnswerChoice.NotApplicable, null, "Sato (Maker A)", Now));
        Assert.Equal(Questionnaire.Answered, q.Status);
        Assert.Equal(3, q.Version);
    }

    [Fact]
    public void The_same_answer_again_changes_nothing_not_even_who_gave_it()
    {
        var q = TwoQuestions();
        q.Answer("q1", AnswerChoice.Partly, "x", "Sato", Now);
        Assert.Null(q.Answer("q1", AnswerChoice.Partly, "x", "Suzuki", Now.AddHours(1)));
        Assert.Equal(("Sato", 2), (q.Items[0].AnsweredBy, q.Version));
    }

    [Fact]
    public void Unknown_questions_and_over_long_comments_are_refused_and_change_nothing()
    {
        var q = TwoQuestions();
        Assert.Equal(QuestionnaireRefusal.UnknownItem, q.Answer("q9", AnswerChoice.Yes, null, "Sato", Now));
        Assert.Equal(QuestionnaireRefusal.CommentTooLong, q.Answer("q1", AnswerChoice.Yes, new string('x', Questionnaire.MaxComment + 1), "Sato", Now));
        Assert.All(q.Items, i => Assert.Null(i.Answer));
        Assert.Equal(1, q.Version);
    }

    [Fact]
    public void Closing_needs_every_judgement_and_afterwards_no_answer_file_or_judgement_is_taken()
    {
        var q = TwoQuestions();
        q.Answer("q1", AnswerChoice.Yes, null, "Sato", Now);
        Assert.Null(q.RecordJudgement(new AnswerJudgement("q1", JudgementKind.Accepted, null), "lead", Now));
        Assert.Equal(QuestionnaireRefusal.NotJudged, q.MarkJudged("lead", Now));
        q.Answer("q2", AnswerChoice.No, "planned for 2027", "Sato", Now);
        Assert.Null(q.RecordJudgement(new AnswerJudgement("q2", JudgementKind.Flagged, "no date", true), "lead", Now));
        Assert.Null(q.MarkJudged("lead", Now));
        Assert.True(q.IsJudged);

        Assert.Equal(QuestionnaireRefusal.Judged, q.Answer("q2", AnswerChoice.Yes, null, "Sato", Now));
        Assert.Equal("no", q.Items[1].Answer);
        Assert.Equal(QuestionnaireRefusal.Judged, q.AcceptsEvidence("q1", 0));
        Assert.Equal(QuestionnaireRefusal.Judged, q.RecordJudgement(new AnswerJudgement("q1", JudgementKind.Flagged, "late", false), "lead", Now));
        Assert.Equal(QuestionnaireRefusal.Judged, q.MarkJudged("lead", Now));
    }

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
    public void A_changed_answer_withdraws_its_judgement_and_the_same_answer_keeps_it()
    {
        var q = TwoQuestions();
        q.Answer("q1", AnswerChoice.No, "next year", "Sato", Now);
        q.RecordJudgement(new AnswerJudgement("q1", JudgementKind.Accepted, "compensating firewall rule"), "lead", Now);
        q.Answer("q1", AnswerChoice.No, " next year ", "Sato", Now);
        Assert.Equal(Questionnaire.Accepted, q.Items[0].Judgement);
        q.Answer("q1", AnswerChoice.Partly, "next year", "Sato", Now);
        Assert.Null(q.Items[0].Judgement);
        Assert.Null(q.Items[0].JudgementNote);
    }

    [Fact]
    public void Evidence_is_taken_for_known_questions_up_to_the_limit()
    {
        var q = TwoQuestions();
        Assert.Null(q.AcceptsEvidence("q1", Questionnaire.MaxFiles - 1));
        Assert.Equal(QuestionnaireRefusal.TooManyFiles, q.AcceptsEvidence("q1", Questionnaire.MaxFiles));
        Assert.Equal(QuestionnaireRefusal.UnknownItem, q.AcceptsEvidence("q9", 0));
    }

    [Fact]
    public void An_open_questionnaire_is_late_the_day_after_its_due_date()
    {
        var q = TwoQuestions();
        q.DueDate = new DateOnly(2026, 5, 1);
        Assert.False(q.IsOverdue(new DateOnly(2026, 5, 1)));
        Assert.True(q.IsOverdue(new DateOnly(2026, 5, 2)));
        q.Answer("q1", AnswerChoice.Yes, null, "Sato", Now);
        q.Answer("q2", AnswerChoice.Yes, null, "Sato", Now);
        Assert.False(q.IsOverdue(new DateOnly(2026, 5, 2)));
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
