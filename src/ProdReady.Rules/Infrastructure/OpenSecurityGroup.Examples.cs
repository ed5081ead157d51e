using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class OpenSecurityGroup
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "SSH and PostgreSQL open to the world, over IPv4 and IPv6",
            ("sg.tf", """
                resource "aws_security_group" "db" {
                  name = "db"
                  ingress {
                    from_port   = 22
                    to_port     = 22
                    protocol    = "tcp"
                    cidr_blocks = [[|"0.0.0.0/0"|]]
                  }
                }

                resource "aws_security_group_rule" "pg" {
                  type              = "ingress"
                  from_port         = 5432
                  to_port           = 5432
                  protocol          = "tcp"
                  ipv6_cidr_blocks  = [[|"::/0"|]]
                  security_group_id = aws_security_group.db.id
                }
                """)),
        RuleExample.Bad(
            "every port open (protocol -1), and a GCP firewall allowing RDP",
            ("net.tf", """
                resource "aws_security_group" "all" {
                  ingress {
                    from_port   = 0
                    to_port     = 0
                    protocol    = "-1"
                    cidr_blocks = ["10.0.0.0/8", [|"0.0.0.0/0"|]]
                  }
                }

                resource "google_compute_firewall" "rdp" {
                  network       = "default"
                  source_ranges = [[|"0.0.0.0/0"|]]
                  allow {
                    protocol = "tcp"
                    ports    = ["3389"]
                  }
                }
                """)),
        RuleExample.Good(
            "HTTPS open to the world, SSH only from the VPN range",
            ("sg.tf", """
                resource "aws_security_group" "web" {
                  ingress {
                    from_port   = 443
                    to_port     = 443
                    protocol    = "tcp"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                  ingress {
                    from_port   = 22
                    to_port     = 22
                    protocol    = "tcp"
                    cidr_blocks = ["10.8.0.0/16"]
                  }
                }
                """)),
        RuleExample.Good(
            "ranges and ports from variables without defaults are not judged; egress is not ingress",
            ("sg.tf", """
                variable "admin_cidrs" {}
                variable "port" {}

                resource "aws_security_group_rule" "admin" {
                  type        = "ingress"
                  from_port   = var.port
                  to_port     = var.port
                  protocol    = "tcp"
                  cidr_blocks = ["0.0.0.0/0"]
                }

                resource "aws_security_group_rule" "out" {
                  type        = "egress"
                  from_port   = 0
                  to_port     = 0
                  protocol    = "-1"
                  cidr_blocks = ["0.0.0.0/0"]
                }
                """)),
    ];
}
