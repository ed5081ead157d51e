using System.Collections.Frozen;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

public sealed class SqlBuiltByStringFormatting : Rule
{
    /// <summary>DB-API cursors and connections, SQLAlchemy sessions, Django's Manager.raw.</summary>
    private static readonly FrozenSet<string> PythonMethods = FrozenSet.Create(StringComparer.Ordinal,
        "execute", "executemany", "executescript", "mogrify", "raw");

    /// <summary>pg, mysql/mysql2, sequelize, knex, Prisma's unsafe variants.</summary>
    private static readonly FrozenSet<string> ScriptMethods = FrozenSet.Create(StringComparer.Ordinal,
        "query", "execute", "raw", "whereRaw", "havingRaw", "orderByRaw", "$queryRawUnsafe", "$executeRawUnsafe");

    /// <summary>sqlite3/better-sqlite3 method names too common elsewhere to judge unless the receiver is a database.</summary>
    private static readonly FrozenSet<string> SqliteMethods = FrozenSet.Create(StringComparer.Ordinal,
        "run", "all", "get", "each", "exec", "prepare");

    private static readonly FrozenSet<string> DapperMethods = FrozenSet.Create(StringComparer.Ordinal,
        "Query", "QueryAsync", "QueryFirst", "QueryFirstAsync", "QueryFirstOrDefault", "QueryFirstOrDefaultAsync",
        "QuerySingle", "QuerySingleAsync", "QuerySingleOrDefault", "QuerySingleOrDefaultAsync", "QueryMultiple",
        "QueryMultipleAsync", "Execute", "ExecuteAsync", "ExecuteScalar", "ExecuteScalarAsync", "ExecuteReader", "ExecuteReaderAsync");

    /// <summary>ADO.NET command constructors, which the C# reader records as calls of the type.</summary>
    private static readonly FrozenSet<string> AdoCommands = FrozenSet.Create(StringComparer.Ordinal,
        "SqlCommand", "NpgsqlCommand", "MySqlCommand", "SqliteCommand", "SQLiteCommand", "OracleCommand", "OdbcCommand", "OleDbCommand");

    /// <summary>Packages that give Dapper's methods FormattableString overloads, turning holes into parameters.</summary>
    private static readonly string[] InterpolatingDapper = ["InterpolatedSql.Dapper", "Dapper.Interpolation", "DapperQueryBuilder"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU060"),
        Name = "sql-built-by-string-formatting",
        Title = "SQL built by string formatting or concatenation",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "A value formatted into SQL text (an f-string, % or .format(), a template literal, +) becomes SQL: a " +
            "quote in it ends the string and what follows runs with the application's database rights, so one request " +
            "parameter can read, change or drop any table. The driver can only keep values apart when they travel as parameters.",
        Fix = "Keep the SQL text constant and pass the values separately: Python DB-API cursor.execute(\"… WHERE id = %s\", " +
            "(user_id,)) (or ? for sqlite3), SQLAlchemy text(\"… WHERE id = :id\") with {\"id\": user_id}, Django " +
            "Model.objects.raw(sql, [value]); node-postgres pool.query(\"… WHERE id = $1\", [id]), mysql2 \"?\" with an " +
            "array, knex.raw(\"?\", [id]), sequelize replacements/bind, Prisma's tagged $queryRaw; Dapper's parameter " +
            "object (new { id }); ADO.NET \"… WHERE id = @id\" with command.Parameters.AddWithValue(\"@id\", id). Table or column names that must vary come from a fixed allow-list.",
        References =
        [
            "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
            "https://peps.python.org/pep-0249/#paramstyle",
            "https://node-postgres.com/features/queries#parameterized-query",
            "https://cwe.mitre.org/data/definitions/89.html",
        ],
        AppliesTo = [Technology.Python, Technology.Node, Technology.DotNet],
        Examples = SqlBuiltExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        var interpolatingDapper = InterpolatingDapper.Any(facts.HasDependency);
        foreach (var call in facts.Calls.Where(c => ApplicationCode.Is(c.Span.File) && !FileRoles.IsMigration(c.Span.File)))
        {
            var judged = call.Language switch
            {
                SourceLanguage.Python when PythonMethods.Contains(call.Name) && call.Callee.Contains('.', StringComparison.Ordinal) => Judge(context, call, python: true),
                SourceLanguage.JavaScript or SourceLanguage.TypeScript when IsScriptSqlCall(call) => Judge(context, call, python: false),
                SourceLanguage.CSharp when DapperMethods.Contains(call.Name) && UsesDapper(facts, call.Span.File) => JudgeDapper(call, interpolatingDapper),
                SourceLanguage.CSharp when AdoCommands.Contains(call.Name) => JudgeCommand(call),
                _ => null,
            };
            switch (judged)
            {
                case { How: { } how } when !judged.Parameterised:
                    violations.Add(new Violation(call.Span, $"{call.Callee}() is given SQL built by {how}{judged.Via}: values in it are not parameters")
                    {
                        Severity = judged.FromRequest ? Severity.Critical : Severity.High,
                    });
                    break;
                case { How: null, Parameterised: true }:
                    evidence.Add(new Evidence($"parameterised SQL: {call.Callee}(…, params) in {call.Span}", call.Span));
                    break;
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence.Take(3)) : RuleOutcome.Skip("no SQL execute or query call with SQL built in place");
    }

    private static bool IsScriptSqlCall(CallFact call)
    {
        if (ScriptMethods.Contains(call.Name))
        {
            return call.Callee.Contains('.', StringComparison.Ordinal);
        }

        var dot = call.Callee.LastIndexOf('.');
        if (!SqliteMethods.Contains(call.Name) || dot < 1)
        {
            return false;
        }

        var receiver = call.Callee[..dot];
        receiver = receiver[(receiver.LastIndexOf('.') + 1)..];
        return receiver.Contains("db", StringComparison.OrdinalIgnoreCase) || receiver.Contains("database", StringComparison.OrdinalIgnoreCase)
            || receiver.Contains("sqlite", StringComparison.OrdinalIgnoreCase);
    }

    private static bool UsesDapper(RepositoryFacts facts, string file) => facts.ImportsIn(file).Any(i => i.Module == "Dapper");

    private static Judgement? Judge(AuditContext context, CallFact call, bool python)
    {
        if (call.Positional(0) is not { } sql || sql.Kind == ValueKind.Dict)
        {
            return null;
        }

        var parameterised = HasParameters(call, python);
        if (sql.Kind != ValueKind.Expression)
        {
            return sql.IsString && parameterised && ScriptSqlText.LooksLikeSql(sql.Text ?? string.Empty) ? new Judgement(null, true, "", false) : null;
        }

        var text = python ? SqlAlchemyText(sql.Raw) : sql.Raw;
        List<string> parts = [text];
        var variable = LocalVariables.Name(text);
        if (variable is not null)
        {
            parts = LocalVariables.Assigned(context, call, variable, python);
        }

        string? how = null;
        var literal = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            var shape = ScriptSqlText.Read(python ? SqlAlchemyText(part) : part, python);
            how ??= shape.Construction(python, variable);
            literal.Append(shape.Literal).Append(' ');
        }

        if (parts.Count == 0 || !ScriptSqlText.LooksLikeSql(literal.ToString()))
        {
            return null;
        }

        var fromRequest = how is not null && parts.Any(p => RequestData.Mentions(p, python));
        return new Judgement(how, parameterised, variable is null ? "" : $" (in {variable})", fromRequest);
    }

    private static Judgement? JudgeDapper(CallFact call, bool interpolatingDapper)
    {
        if ((call.Positional(0) ?? call.Keyword("sql")) is not { Kind: ValueKind.Expression } sql || !ScriptSqlText.LooksLikeSql(sql.Raw))
        {
            return null;
        }

        var how = CSharpConstruction(sql.Raw);
        if (how == "string interpolation" && interpolatingDapper)
        {
            return null;
        }

        return new Judgement(how, call.Arguments.Length > 1, "", false);
    }

    /// <summary>A command's values go in through command.Parameters, so the constructor only sees the text; a built
    /// text that also names @parameters is taken to format only structure (a quoted table or database name) into it.</summary>
    private static Judgement? JudgeCommand(CallFact call)
    {
        if ((call.Positional(0) ?? call.Keyword("cmdText") ?? call.Keyword("commandText")) is not { Kind: ValueKind.Expression } sql
            || !ScriptSqlText.LooksLikeSql(sql.Raw))
        {
            return null;
        }

        var how = CSharpConstruction(sql.Raw);
        var namesParameters = System.Text.RegularExpressions.Regex.IsMatch(sql.Raw, @"(?<=[\s=(,])[@:]\w+");
        return new Judgement(how, how is not null && namesParameters, "", false);
    }

    /// <summary>How C# SQL text is built; literals joined with + to break a long statement over lines build nothing.</summary>
    private static string? CSharpConstruction(string raw)
    {
        var how = SqlText.Construction(raw);
        return how == "concatenation" && ScriptSqlText.Read(raw, python: false).Operands.All(o => o is "\"" or "@\"") ? null : how;
    }

    /// <summary>Values passed beside the SQL: placeholders generated into the text (<c>IN ({marks})</c>) are then the
    /// usual reason for formatting, and the values themselves travel as parameters.</summary>
    private static bool HasParameters(CallFact call, bool python)
    {
        if (python)
        {
            return call.Positional(1) is not null || call.Arguments.Any(a => a.Name is "params" or "parameters" or "args" or "vars");
        }

        return call.Positional(1) switch
        {
            null => false,
            { Kind: ValueKind.Dict } options => options.Entries.Any(e => e.Key is "replacements" or "bind" or "values"),
            _ => true,
        };
    }

    /// <summary>The SQL inside SQLAlchemy's <c>text(…)</c> wrapper, which parameterises nothing by itself.</summary>
    private static string SqlAlchemyText(string raw)
    {
        foreach (var wrapper in (ReadOnlySpan<string>)["text(", "sa.text(", "sqlalchemy.text(", "db.text("])
        {
            if (raw.StartsWith(wrapper, StringComparison.Ordinal) && raw.EndsWith(')'))
            {
                return raw[wrapper.Length..^1];
            }
        }

        return raw;
    }

    private sealed record Judgement(string? How, bool Parameterised, string Via, bool FromRequest);
}
