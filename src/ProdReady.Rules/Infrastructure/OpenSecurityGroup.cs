using System.Globalization;
using ProdReady.Engine.Documents.Terraform;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class OpenSecurityGroup : Rule
{
    private static readonly (int Port, string Service)[] SensitivePorts =
    [
        (22, "SSH"), (3389, "RDP"), (5432, "PostgreSQL"), (3306, "MySQL"), (1433, "SQL Server"), (1521, "Oracle"),
        (27017, "MongoDB"), (6379, "Redis"), (9200, "Elasticsearch"), (5984, "CouchDB"), (9042, "Cassandra"),
        (11211, "Memcached"), (5439, "Redshift"), (2375, "Docker API"), (5601, "Kibana"), (15672, "RabbitMQ management"),
    ];

    private static readonly string[] OpenRanges = ["0.0.0.0/0", "::/0"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC005"),
        Name = "security-group-open-to-internet",
        Title = "Admin or database port open to the internet",
        Area = Area.Infrastructure,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "SSH, RDP and database ports open to 0.0.0.0/0 or ::/0 are found by internet-wide scanners within minutes " +
            "and brute-forced continuously; a single weak credential or unpatched service then gives an attacker a shell or " +
            "the data.",
        Fix = "Restrict `cidr_blocks` to a VPN or office range, or better, remove the ingress rule and reach hosts through " +
            "AWS Systems Manager Session Manager, a bastion or IAP; for databases allow only the application's security group " +
            "(`security_groups = [aws_security_group.app.id]`).",
        References =
        [
            "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html",
            "https://cloud.google.com/iap/docs/using-tcp-forwarding",
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
        var rules = 0;
        foreach (var group in TerraformResources.Of(context, "aws_security_group"))
        {
            foreach (var ingress in group.Children("ingress"))
            {
                rules++;
                Check(group, ingress, ingress.Value("protocol"), ingress.Value("from_port"), ingress.Value("to_port"), Ranges(ingress), violations);
            }
        }

        foreach (var rule in TerraformResources.Of(context, "aws_security_group_rule").Where(r => r.Value("type")?.Is("ingress") == true))
        {
            rules++;
            Check(rule, rule, rule.Value("protocol"), rule.Value("from_port"), rule.Value("to_port"), Ranges(rule), violations);
        }

        foreach (var rule in TerraformResources.Of(context, "aws_vpc_security_group_ingress_rule"))
        {
            rules++;
            Check(rule, rule, rule.Value("ip_protocol"), rule.Value("from_port"), rule.Value("to_port"),
                new[] { rule.Value("cidr_ipv4"), rule.Value("cidr_ipv6") }.OfType<HclValue>(), violations);
        }

        foreach (var firewall in TerraformResources.Of(context, "google_compute_firewall").Where(f => f.Value("direction") is not { } d || d.Is("INGRESS")))
        {
            var ranges = (firewall.Value("source_ranges")?.Items ?? []).Where(Open).ToList();
            foreach (var allow in firewall.Children("allow"))
            {
                rules++;
                var protocol = allow.Value("protocol");
                var ports = allow.Value("ports")?.Items ?? [];
                var exposed = ports.IsEmpty
                    ? (protocol is { } p && p.Is("all") ? "all ports" : protocol is { } tcp && tcp.Is("tcp") ? "all TCP ports" : null)
                    : string.Join(", ", ports.Select(PortRange).OfType<(int From, int To)>().SelectMany(Services).Distinct());
                if (exposed is { Length: > 0 } && ranges.Count > 0)
                {
                    violations.Add(new Violation(ranges[0].Span, $"{firewall.Address} allows {exposed} from {ranges[0].Text}"));
                }
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return rules == 0
            ? RuleOutcome.Skip("no security group or firewall ingress rules in Terraform")
            : RuleOutcome.Pass(new Evidence($"{rules} ingress rule(s), none opens an admin or database port to the internet"));
    }

    private static IEnumerable<HclValue> Ranges(HclBlock rule) =>
        (rule.Value("cidr_blocks")?.Items ?? []).Concat(rule.Value("ipv6_cidr_blocks")?.Items ?? []);

    private static bool Open(HclValue value) => value.IsLiteral && OpenRanges.Contains(value.Text);

    private static void Check(HclBlock resource, HclBlock rule, HclValue? protocol, HclValue? from, HclValue? to, IEnumerable<HclValue> ranges, List<Violation> violations)
    {
        var open = ranges.FirstOrDefault(Open);
        if (open is null)
        {
            return;
        }

        string? exposed;
        if (protocol is { IsLiteral: true } p && p.Text is "-1" or "all")
        {
            exposed = "all ports";
        }
        else if (Number(from) is { } low && Number(to) is { } high)
        {
            exposed = low == 0 && high >= 65535 ? "all ports" : string.Join(", ", Services((low, high)));
        }
        else
        {
            return;
        }

        if (exposed.Length > 0)
        {
            var where = rule == resource ? resource.Address : $"an ingress rule of {resource.Address}";
            violations.Add(new Violation(open.Span, $"{where} allows {exposed} from {open.Text}") { Key = $"{rule.Span.Line}" });
        }
    }

    private static IEnumerable<string> Services((int From, int To) range) =>
        SensitivePorts.Where(p => p.Port >= range.From && p.Port <= range.To).Select(p => $"{p.Service} ({p.Port})");

    private static (int, int)? PortRange(HclValue value)
    {
        if (!value.IsLiteral)
        {
            return null;
        }

        var parts = value.Text.Split('-');
        return int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var from)
            ? (from, parts.Length > 1 && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var to) ? to : from)
            : null;
    }

    private static int? Number(HclValue? value) =>
        value is { IsLiteral: true } && int.TryParse(value.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
