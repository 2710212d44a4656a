using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FactoryCps.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OodaCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MovedBy",
                table: "OodaAssignments",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OodaCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SiteId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Phase = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    AssetId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Cvss = table.Column<double>(type: "double precision", nullable: true),
                    Match_AdvisoryId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Match_AdvisoryVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Match_Publisher = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Match_ProductId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Match_Component = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Match_Cves = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Match_Method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Match_Confidence = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Match_Review = table.Column<bool>(type: "boolean", nullable: true),
                    Match_Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Match_Remediations = table.Column<string>(type: "text", nullable: true),
                    MatchKey = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Assessment = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Decision = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    DecisionMakers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OperationImpact = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WorkDone = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Evidence = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Resolution = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OodaCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OodaCases_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OodaCaseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FromPhase = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ToPhase = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OodaCaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OodaCaseEvents_OodaCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "OodaCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OodaCaseEvents_CaseId_At",
                table: "OodaCaseEvents",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OodaCases_SiteId_MatchKey",
                table: "OodaCases",
                columns: new[] { "SiteId", "MatchKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OodaCases_SiteId_Number",
                table: "OodaCases",
                columns: new[] { "SiteId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OodaCases_SiteId_Phase_DueAt",
                table: "OodaCases",
                columns: new[] { "SiteId", "Phase", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OodaCaseEvents");

            migrationBuilder.DropTable(
                name: "OodaCases");

            migrationBuilder.DropColumn(
                name: "MovedBy",
                table: "OodaAssignments");
        }
    }
}
