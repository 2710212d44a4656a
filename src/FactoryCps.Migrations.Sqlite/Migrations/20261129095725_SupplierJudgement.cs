using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactoryCps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SupplierJudgement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "JudgedAt",
                table: "QuestionnaireItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JudgedBy",
                table: "QuestionnaireItems",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Judgement",
                table: "QuestionnaireItems",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "JudgementBlocking",
                table: "QuestionnaireItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "JudgementNote",
                table: "QuestionnaireItems",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SupplierActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionnaireId = table.Column<long>(type: "INTEGER", nullable: false),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuppliedItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TitleJa = table.Column<string>(type: "TEXT", maxLength: 4200, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 4200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Blocking = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DoneBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplierActions_Questionnaires_QuestionnaireId",
                        column: x => x.QuestionnaireId,
                        principalTable: "Questionnaires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupplierActions_QuestionnaireId_ItemId",
                table: "SupplierActions",
                columns: new[] { "QuestionnaireId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupplierActions_SiteId_Status",
                table: "SupplierActions",
                columns: new[] { "SiteId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupplierActions");

            migrationBuilder.DropColumn(
                name: "JudgedAt",
                table: "QuestionnaireItems");

            migrationBuilder.DropColumn(
                name: "JudgedBy",
                table: "QuestionnaireItems");

            migrationBuilder.DropColumn(
                name: "Judgement",
                table: "QuestionnaireItems");

            migrationBuilder.DropColumn(
                name: "JudgementBlocking",
                table: "QuestionnaireItems");

            migrationBuilder.DropColumn(
                name: "JudgementNote",
                table: "QuestionnaireItems");
        }
    }
}
