using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class PublicDatabase
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "an RDS instance with a public address",
            ("rds.tf", """
                resource "aws_db_instance" "main" {
                  engine              = "postgres"
                  publicly_accessible = [|true|]
                }
                """)),
        RuleExample.Bad(
            "Cloud SQL open to 0.0.0.0/0",
            ("sql.tf", """
                resource "google_sql_database_instance" "main" {
                  database_version = "POSTGRES_15"
                  settings {
                    tier = "db-f1-micro"
                    ip_configuration {
                      ipv4_enabled = true
                      authorized_networks {
                        name  = "anyone"
                        value = [|"0.0.0.0/0"|]
                      }
                    }
                  }
                }
                """)),
        RuleExample.Good(
            "a private RDS instance",
            ("rds.tf", """
                resource "aws_db_instance" "main" {
                  engine               = "postgres"
                  publicly_accessible  = false
                  db_subnet_group_name = aws_db_subnet_group.private.name
                }
                """)),
        RuleExample.Good(
            "public access decided by a variable with no default (not judged)",
            ("rds.tf", """
                variable "public" {
                  type = bool
                }

                resource "aws_db_instance" "main" {
                  publicly_accessible = var.public
                }
                """)),
    ];
}
