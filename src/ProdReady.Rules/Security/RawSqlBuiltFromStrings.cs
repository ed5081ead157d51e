using System.Collections.Frozen;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

public sealed class RawSqlBuiltFromStrings : Rule
{
    private static readonly FrozenSet<string> RawMethods = FrozenSet.Create(StringComparer.Ordinal,
        "FromSqlRaw", "ExecuteSqlRaw", "ExecuteSqlRawAsync", "SqlQueryRaw");

    private static readonly FrozenSet<string> SafeMethods = FrozenSet.Create(StringComparer.Ordinal,
        "FromSql", "FromSqlInterpolated", "ExecuteSql", "ExecuteSqlAsync", "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync");

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU051"),
        Name = "raw-sql-built-from-strings",
        Title = "EF Core raw SQL built by string interpolation or concatenation",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "FromSqlRaw, ExecuteSqlRaw and SqlQueryRaw send their string to the database as written: a value " +
            "interpolated or concatenated into it becomes SQL, so a request parameter there is a SQL injection that can " +
            "read or delete any table the application's database user can reach.",
        Fix = "Use the interpolated variants, which turn every {hole} into a DbParameter: FromSql($\"… WHERE Id = {id}\") " +
            "(FromSqlInterpolated before EF Core 7), ExecuteSql/ExecuteSqlInterpolated, SqlQuery; or keep FromSqlRaw with " +
            "{0} placeholders and pass the values as arguments.",
        References =
        [
            "https://learn.microsoft.com/ef/core/querying/sql-queries#passing-parameters",
            "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
            "https://cwe.mitre.org/data/definitions/89.html",
        ],
        AppliesTo = [Technology.AspNetCore],
        Examples = RawSqlExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var call in context.Facts.Calls.Where(c => c.Language == SourceLanguage.CSharp && FileRoles.IsProduction(c.Span.File)))
        {
            if (SafeMethods.Contains(call.Name))
            {
                evidence.Add(new Evidence($"parameterised SQL: {call.Callee} in {call.Span}", call.Span));
                continue;
            }

            if (!RawMethods.Contains(call.Name) || (call.Positional(0) ?? call.Keyword("sql")) is not { Kind: ValueKind.Expression } sql)
            {
                continue;
            }

            if (SqlText.Construction(sql.Raw) is { } how)
            {
                violations.Add(new Violation(call.Span, $"{call.Name}() is given SQL built by {how}: values in it are not parameters"));
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence.Take(3)) : RuleOutcome.Skip("no EF Core raw SQL built in place");
    }
}
