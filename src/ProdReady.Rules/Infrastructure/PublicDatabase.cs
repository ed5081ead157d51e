using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class PublicDatabase : Rule
{
    private static readonly string[] OpenRanges = ["0.0.0.0/0", "::/0"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC003"),
        Name = "database-publicly-accessible",
        Title = "Database reachable from the internet",
        Area = Area.Infrastructure,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "A database with a public address is scanned and brute-forced within minutes of creation; one weak or " +
            "leaked password, or an unpatched engine, then exposes all data. Databases belong in private subnets, reachable " +
            "only from the application.",
        Fix = "Set `publicly_accessible = false` on `aws_db_instance` and `aws_rds_cluster_instance`, put them in a private " +
            "`db_subnet_group_name`, and allow only the application's security group; on Cloud SQL use private IP " +
            "(`ipv4_enabled = false` with `private_network`) instead of `authorized_networks` 0.0.0.0/0; reach the database " +
            "for maintenance through a bastion, SSM or a VPN.",
        References =
        [
            "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html",
            "https://cloud.google.com/sql/docs/postgres/configure-private-ip",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        if (!TerraformResources.Any(context))
        {
            return RuleOutcome.Skip("no Terraform files");
        }

        var violations = new List<Violation>();
        var databases = 0;
        foreach (var resource in TerraformResources.Of(context, "aws_db_instance", "aws_rds_cluster_instance", "aws_redshift_cluster", "aws_dms_replication_instance"))
        {
            databases++;
            if (resource.Value("publicly_accessible") is { } value && TerraformResources.IsTrue(value))
            {
                violations.Add(new Violation(value.Span, $"{resource.Address} sets publicly_accessible = true: the database gets a public IP address"));
            }
        }

        foreach (var instance in TerraformResources.Of(context, "google_sql_database_instance"))
        {
            databases++;
            foreach (var network in instance.DescendantsAndSelf().Where(b => b.Type == "authorized_networks"))
            {
                if (network.Value("value") is { IsLiteral: true } range && OpenRanges.Contains(range.Text))
                {
                    violations.Add(new Violation(range.Span, $"{instance.Address} authorizes {range.Text}: any address on the internet may connect to the database"));
                }
            }
        }

        foreach (var rule in TerraformResources.Of(context, "azurerm_postgresql_firewall_rule", "azurerm_mysql_firewall_rule", "azurerm_mssql_firewall_rule",
                     "azurerm_postgresql_flexible_server_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule", "azurerm_sql_firewall_rule"))
        {
            databases++;
            if (rule.Value("start_ip_address") is { IsLiteral: true } start && start.Text == "0.0.0.0"
                && rule.Value("end_ip_address") is { IsLiteral: true } end && end.Text == "255.255.255.255")
            {
                violations.Add(new Violation(start.Span, $"{rule.Address} opens the database firewall to every address (0.0.0.0 to 255.255.255.255)"));
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return databases == 0
            ? RuleOutcome.Skip("no Terraform database resources")
            : RuleOutcome.Pass(new Evidence($"{databases} Terraform database resource(s) not publicly accessible"));
    }
}
