using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ProdReady.Rules.Database;

/// <summary>A migration tool: how its migration files are named and the commands or calls that apply them.
/// <see cref="Dependencies"/>, when set, must be declared for files matching <see cref="Files"/> to count (a
/// <c>migrations/*.js</c> folder is only knex's or Sequelize's when the package is used).</summary>
internal sealed record MigrationFramework(string Name, Regex Files, ImmutableArray<Regex> Runners, string Commands)
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public ImmutableArray<string> Dependencies { get; init; } = [];

    public static ImmutableArray<MigrationFramework> All { get; } =
    [
        new("Alembic", Path(@"(^|/)(alembic|migrations)/versions/[^/]+\.py$"),
        [
            Runner(@"\balembic(\s+-{1,2}[\w-]+(=\S+|\s+[^-\s]\S*)?)*\s+upgrade\b"),
            Runner(@"\bflask(\s+--app(=\S+|\s+\S+))?\s+db\s+upgrade\b"),
            Runner(@"\bcommand\.upgrade\("),
            Runner(@"\bflask_migrate\b.*\bupgrade\b"),
        ], "`alembic upgrade`, `flask db upgrade`, alembic.command.upgrade()"),
        new("Django", Path(@"(^|/)migrations/0\d{3}_[^/]*\.py$"),
        [
            Runner(@"\bmanage\.py\s+migrate\b"),
            Runner(@"\bdjango-admin\s+migrate\b"),
            Runner(@"\bcall_command\(\s*migrate\b"),
        ], "`manage.py migrate`, `django-admin migrate`, call_command(\"migrate\")") { Dependencies = ["django"] },
        new("EF Core", Path(@"(^|/)Migrations/[^/]+\.cs$"),
        [
            Runner(@"\bdotnet\s+ef\s+database\s+update\b"),
            Runner(@"\bDatabase\.Migrate(Async)?\("),
            Runner(@"\befbundle\b"),
        ], "`dotnet ef database update`, Database.Migrate()/MigrateAsync(), an efbundle"),
        new("Prisma", Path(@"(^|/)prisma/migrations/[^/]+/migration\.sql$"),
        [
            Runner(@"\bprisma\s+migrate\s+deploy\b"),
        ], "`prisma migrate deploy`"),
        new("knex", Path(@"(^|/)migrations/[^/]+\.(js|cjs|mjs|ts)$"),
        [
            Runner(@"\bknex\b.*\bmigrate:latest\b"),
            Runner(@"\.migrate\.latest\("),
        ], "`knex migrate:latest`, knex.migrate.latest()") { Dependencies = ["knex"] },
        new("Sequelize", Path(@"(^|/)migrations/[^/]+\.(js|cjs|mjs|ts)$"),
        [
            Runner(@"\bsequelize(-cli)?\b.*\bdb:migrate\b(?!:)"),
            Runner(@"\bUmzug\b"),
        ], "`sequelize db:migrate`, Umzug") { Dependencies = ["sequelize", "sequelize-cli"] },
    ];

    /// <summary>The runner matching a line, or null. Quotes, commas and brackets are read as spaces so that the JSON
    /// form of a command (<c>["python", "manage.py", "migrate"]</c>) reads like the shell form; a dry run
    /// (<c>--check</c>, <c>--plan</c>, <c>--sql</c>) applies nothing and does not count.</summary>
    public Match? Runs(string line)
    {
        var words = Quoting().Replace(line, " ");
        if (DryRun().IsMatch(words))
        {
            return null;
        }

        return Runners.Select(r => r.Match(words)).FirstOrDefault(m => m.Success);
    }

    private static Regex Path(string pattern) => new(pattern, Options);

    private static Regex Runner(string pattern) => new(pattern, Options);

    private static Regex Quoting() => QuotingPattern;

    private static Regex DryRun() => DryRunPattern;

    private static readonly Regex QuotingPattern = new(@"[""'`,\[\]]", Options);

    private static readonly Regex DryRunPattern = new(@"\s--(check|plan|sql)\b", Options);
}
