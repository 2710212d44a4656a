using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactoryCps.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SecondFactor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuthenticatorKey",
                table: "SupplierAccounts",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastCodeStep",
                table: "SupplierAccounts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecoveryCodeHashes",
                table: "SupplierAccounts",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SecondFactorSince",
                table: "SupplierAccounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AuthenticatorKey",
                table: "SupplierAccounts");

            migrationBuilder.DropColumn(
                name: "LastCodeStep",
                table: "SupplierAccounts");

            migrationBuilder.DropColumn(
                name: "RecoveryCodeHashes",
                table: "SupplierAccounts");

            migrationBuilder.DropColumn(
                name: "SecondFactorSince",
                table: "SupplierAccounts");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "AspNetUsers");
        }
    }
}
