using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;
using ProdReady.Rules.Operations;

namespace ProdReady.Rules.Database;

public sealed class StatefulServiceWithoutBackup : Rule
{
    private const string Searched = "pg_dump, pg_basebackup, pgBackRest, WAL-G, Barman, mysqldump, mariadb-dump, XtraBackup, mongodump, " +
        "Velero, restic, backup_retention_period in any file; files named *backup*; documentation headings on backup or restore";

    private static readonly string[] Tools =
    [
        "pg_dump", "pg_basebackup", "pgbackrest", "wal-g", "wal-e ", "barman", "mysqldump", "mariadb-dump", "mariabackup", "xtrabackup",
        "mongodump", "velero", "restic ", "borg create", "backup_retention_period", "postgres-backup", "mysql-backup", "mongodb-backup",
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("DB080"),
        Name = "stateful-service-without-backup",
        Title = "A database is deployed with no backup or restore procedure",
        Area = Area.Database,
        Severity = Severity.High,
        EffortHours = 4,
        Rationale = "A volume keeps data across restarts, not across a deleted volume, a bad migration, a dropped table or a lost " +
            "node. With no scheduled dump, snapshot or documented restore, the first such incident loses the data for good, and " +
            "nobody knows how long a restore would take.",
        Fix = "Schedule backups (a compose service or Kubernetes CronJob running pg_dump/mysqldump/mongodump to object storage, " +
            "pgBackRest or WAL-G for point-in-time recovery, Velero for volumes, or a managed database with backup retention), " +
            "and write down the restore procedure in the operations docs; test it.",
        References =
        [
            "https://www.postgresql.org/docs/current/backup.html",
            "https://velero.io/docs/",
        ],
        Examples =
        [
            RuleExample.Bad("PostgreSQL in compose with a volume, and nothing backs it up",
                ("docker-compose.yml", "services:\n  api:\n    build: .\n  [|db|]:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n"),
                ("README.md", "# Shop\n\n## Running\n\n`docker compose up`\n")),
            RuleExample.Bad("a MongoDB StatefulSet in Kubernetes with no backup",
                ("k8s/mongo.yaml", "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: mongo\nspec:\n  template:\n    spec:\n      containers:\n        - [|name|]: mongo\n          image: mongo:7.0\n")),
            RuleExample.Good("a backup CronJob runs pg_dump",
                ("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n"),
                ("k8s/backup.yaml", "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: db-backup\nspec:\n  schedule: \"0 3 * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: dump\n              image: postgres:16\n              command: [\"sh\", \"-c\", \"pg_dump -Fc $DATABASE_URL > /backup/db.dump\"]\n")),
            RuleExample.Good("the operations guide has a backup and restore section",
                ("compose.yaml", "services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - mysql:/var/lib/mysql\nvolumes:\n  mysql:\n"),
                ("docs/operations.md", "# Operations\n\n## Backup and restore\n\nSnapshots of the mysql volume are taken nightly by the host.\n")),
            RuleExample.Good("Redis without persistence is a cache, not a database to back up",
                ("compose.yaml", "services:\n  cache:\n    image: redis:7-alpine\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var services = StatefulServices.Find(context.Facts);
        if (services.Count == 0)
        {
            return RuleOutcome.Skip("no database is deployed by compose or Kubernetes");
        }

        var repository = context.Repository;
        if (RepositoryText.First(repository, Tools) is { } tool)
        {
            return RuleOutcome.Pass(new Evidence($"backup procedure: {tool.Needle.Trim()} in {tool.Span}", tool.Span));
        }

        var named = repository.AllPaths.FirstOrDefault(p => !CodePaths.IsTest(p) && !CodePaths.IsVendored(p)
            && Path.GetFileName(p).Contains("backup", StringComparison.OrdinalIgnoreCase));
        if (named is not null)
        {
            return RuleOutcome.Pass(new Evidence($"backup file {named}"));
        }

        var heading = repository.Files.Where(f => RepositoryText.IsDocument(f.Path) && !CodePaths.IsVendored(f.Path))
            .SelectMany(RepositoryText.Headings)
            .FirstOrDefault(h => h.Heading.Contains("backup", StringComparison.OrdinalIgnoreCase)
                || h.Heading.Contains("restore", StringComparison.OrdinalIgnoreCase)
                || h.Heading.Contains("disaster recovery", StringComparison.OrdinalIgnoreCase));
        if (heading.Heading is not null)
        {
            return RuleOutcome.Pass(new Evidence($"documentation section \"{heading.Heading}\" in {heading.Span}", heading.Span));
        }

        var violations = services.DistinctBy(s => (s.Kind, s.Name))
            .Select(s => new Violation(s.Span, $"{s.Kind} service {s.Name} ({s.Span}) has no backup or restore procedure in the repository (searched {Searched})") { Key = s.Name })
            .ToArray();
        return RuleOutcome.Fail(violations);
    }
}
