using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactoryCps.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OodaCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AssetId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Cvss = table.Column<double>(type: "REAL", nullable: true),
                    Match_AdvisoryId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Match_AdvisoryVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Match_Publisher = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Match_ProductId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Match_Component = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Match_Cves = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Match_Method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Match_Confidence = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Match_Review = table.Column<bool>(type: "INTEGER", nullable: true),
                    Match_Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Match_Remediations = table.Column<string>(type: "TEXT", nullable: true),
                    MatchKey = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DecisionMakers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OperationImpact = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    WorkDone = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromPhase = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ToPhase = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
