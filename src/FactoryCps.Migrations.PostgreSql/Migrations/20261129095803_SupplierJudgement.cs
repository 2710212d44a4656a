using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FactoryCps.Migrations.PostgreSql.Migrations
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JudgedBy",
                table: "QuestionnaireItems",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Judgement",
                table: "QuestionnaireItems",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "JudgementBlocking",
                table: "QuestionnaireItems",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "JudgementNote",
                table: "QuestionnaireItems",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SupplierActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SiteId = table.Column<int>(type: "integer", nullable: false),
                    QuestionnaireId = table.Column<long>(type: "bigint", nullable: false),
                    SupplierId = table.Column<int>(type: "integer", nullable: false),
                    SuppliedItemId = table.Column<int>(type: "integer", nullable: false),
                    ItemId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TitleJa = table.Column<string>(type: "character varying(4200)", maxLength: 4200, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(4200)", maxLength: 4200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Blocking = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DoneBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
