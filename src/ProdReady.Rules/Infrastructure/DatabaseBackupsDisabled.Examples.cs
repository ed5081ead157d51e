using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class DatabaseBackupsDisabled
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "automated backups off and deletion protection off",
            ("rds.tf", """
                resource "aws_db_instance" "main" {
                  engine                  = "postgres"
                  backup_retention_period = [|0|]
                  deletion_protection     = [|false|]
                  skip_final_snapshot     = true
                }
                """)),
        RuleExample.Bad(
            "an Aurora cluster that sets neither (two findings on the resource)",
            ("aurora.tf", """
                [||][|resource|] "aws_rds_cluster" "app" {
                  engine            = "aurora-postgresql"
                  storage_encrypted = true
                }
                """)),
        RuleExample.Bad(
            "Cloud SQL with backups disabled",
            ("sql.tf", """
                resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-custom-1-3840"
                    backup_configuration {
                      enabled = [|false|]
                    }
                  }
                }
                """)),
        RuleExample.Good(
            "two weeks of backups and deletion protection",
            ("rds.tf", """
                resource "aws_db_instance" "main" {
                  engine                  = "postgres"
                  backup_retention_period = 14
                  deletion_protection     = true
                }
                """)),
        RuleExample.Good(
            "values from variables without defaults are not judged, and a read replica has no backups of its own",
            ("rds.tf", """
                variable "retention" {}
                variable "protect" {}

                resource "aws_db_instance" "main" {
                  backup_retention_period = var.retention
                  deletion_protection     = var.protect
                }

                resource "aws_db_instance" "replica" {
                  replicate_source_db = aws_db_instance.main.identifier
                }
                """)),
    ];
}
