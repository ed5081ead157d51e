using ProdReady.Engine.Documents.Terraform;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class UnencryptedStorage : Rule
{
    /// <summary>Resources whose storage is unencrypted unless the attribute is true (the provider default is false).</summary>
    private static readonly (string Kind, string Attribute)[] Encryption =
    [
        ("aws_db_instance", "storage_encrypted"),
        ("aws_rds_cluster", "storage_encrypted"),
        ("aws_ebs_volume", "encrypted"),
        ("aws_efs_file_system", "encrypted"),
        ("aws_elasticache_replication_group", "at_rest_encryption_enabled"),
        ("aws_docdb_cluster", "storage_encrypted"),
        ("aws_neptune_cluster", "storage_encrypted"),
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC002"),
        Name = "unencrypted-storage",
        Title = "Database or disk not encrypted at rest",
        Area = Area.Infrastructure,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "Unencrypted volumes, snapshots and database storage expose every record to anyone who obtains a snapshot, " +
            "a shared backup or a decommissioned disk. Encryption at rest is required by most compliance regimes (GDPR, HIPAA, " +
            "PCI DSS, SOC 2), and on AWS it cannot be switched on for an existing database without a snapshot-and-restore.",
        Fix = "Set `storage_encrypted = true` on `aws_db_instance` and `aws_rds_cluster` (with `kms_key_id` for a " +
            "customer-managed key), `encrypted = true` on `aws_ebs_volume` and `aws_efs_file_system` (or turn on " +
            "`aws_ebs_encryption_by_default`), and `at_rest_encryption_enabled = true` on ElastiCache replication groups.",
        References =
        [
            "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
            "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        if (!TerraformResources.Any(context))
        {
            return RuleOutcome.Skip("no Terraform files");
        }

        var ebsByDefault = TerraformResources.Of(context, "aws_ebs_encryption_by_default").Any(r => !TerraformResources.IsFalse(r.Value("enabled")));
        var violations = new List<Violation>();
        var checkedCount = 0;
        foreach (var (kind, attribute) in Encryption)
        {
            if (kind == "aws_ebs_volume" && ebsByDefault)
            {
                continue;
            }

            foreach (var resource in TerraformResources.Of(context, kind).Where(r => !Inherits(r)))
            {
                checkedCount++;
                var value = resource.Value(attribute);
                if (value is null)
                {
                    violations.Add(new Violation(resource.Span, $"{resource.Address} does not set {attribute}: its storage is not encrypted at rest (the default is false)"));
                }
                else if (TerraformResources.IsFalse(value))
                {
                    violations.Add(new Violation(value.Span, $"{resource.Address} sets {attribute} = false: its storage is not encrypted at rest"));
                }
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return checkedCount == 0 && !ebsByDefault
            ? RuleOutcome.Skip("no Terraform database, volume or file system resources")
            : RuleOutcome.Pass(new Evidence(ebsByDefault ? "EBS encryption by default is on" : $"{checkedCount} Terraform storage resource(s) encrypted at rest"));
    }

    /// <summary>Read replicas, restores and Aurora Serverless v1 take their encryption from elsewhere.</summary>
    private static bool Inherits(HclBlock resource) =>
        resource.Value("replicate_source_db") is not null || resource.Value("snapshot_identifier") is not null
        || resource.Value("engine_mode") is { } mode && mode.Is("serverless")
        || resource.Value("source_db_instance_identifier") is not null;
}
