using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactoryCps.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SupplierActionPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DueDate",
                table: "SupplierActions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Owner",
                table: "SupplierActions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "SupplierActions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // existing actions start at the version new ones are created with
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DueDate",
                table: "SupplierActions");

            migrationBuilder.DropColumn(
                name: "Owner",
                table: "SupplierActions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "SupplierActions");
        }
    }
}
