using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Configuration;

/// <summary>Celery as the code shows it: the apps created, the tasks declared, and the configuration given to them
/// through <c>Celery(...)</c> keywords, <c>app.conf.update(...)</c>, <c>app.conf.name = v</c> and settings modules
/// (lower-case names, or the upper-case <c>CELERY_</c> names Django and Flask integrations read).</summary>
internal static class CeleryCode
{
    private static readonly HashSet<string> TaskDecorators = new(StringComparer.Ordinal) { "task", "shared_task", "periodic_task" };

    /// <summary>The <c>Celery(...)</c> calls in production code.</summary>
    public static List<CallFact> Apps(RepositoryFacts facts) =>
        [.. facts.CallsNamed("Celery").Where(c => c.Language == SourceLanguage.Python && c.Callee is "Celery" or "celery.Celery"
            && FileRoles.IsProduction(c.Span.File))];

    /// <summary>Functions declared as Celery tasks, with the decorator that declares them.</summary>
    public static IEnumerable<(FunctionFact Function, CallFact Decorator)> Tasks(RepositoryFacts facts) =>
        facts.Functions
            .Where(f => f.Language == SourceLanguage.Python && FileRoles.IsProduction(f.Span.File))
            .Select(f => (Function: f, Decorator: f.Decorators.FirstOrDefault(d => TaskDecorators.Contains(d.Name))))
            .Where(t => t.Decorator is not null)!;

    /// <summary>Every value given to one of <paramref name="names"/> (lower-case Celery names; the upper-case
    /// <c>CELERY_</c> spellings are matched too) in production Python code. Names without an underscore
    /// (<c>broker</c>, <c>backend</c>) are keywords of <c>Celery(...)</c> only: as settings they mean other things.</summary>
    public static IEnumerable<(string Name, FactValue Value, SourceSpan Span)> Values(RepositoryFacts facts, params string[] names)
    {
        var wanted = new HashSet<string>(names.SelectMany(Spellings), StringComparer.Ordinal);
        foreach (var setting in facts.Settings.Where(s => wanted.Contains(s.Name) && s.Name.Contains('_', StringComparison.Ordinal) && IsPythonSetting(s)))
        {
            yield return (setting.Name, setting.Value, setting.Span);
        }

        foreach (var call in facts.Calls.Where(c => c.Language == SourceLanguage.Python && FileRoles.IsProduction(c.Span.File)
            && (c.Callee.EndsWith("conf.update", StringComparison.Ordinal) || c.Callee is "Celery" or "celery.Celery")))
        {
            foreach (var argument in call.Arguments.Where(a => a.Name is not null && wanted.Contains(a.Name)))
            {
                yield return (argument.Name!, argument.Value, argument.Value.Span);
            }
        }
    }

    /// <summary>The class attributes of the custom Task class a task runs as (<c>base=</c> on its decorator, or
    /// <c>task_cls=</c> on a Celery app): empty when it uses Celery's own Task, null when the class is not defined in the
    /// repository, so what it sets cannot be known.</summary>
    public static IReadOnlyList<FieldFact>? TaskClassFields(RepositoryFacts facts, CallFact decorator)
    {
        var value = decorator.Keyword("base") ?? Apps(facts).Select(a => a.Keyword("task_cls")).FirstOrDefault(v => v is not null);
        var named = value?.Kind == ValueKind.String ? value.Text : value?.Raw;
        if (named is null)
        {
            return [];
        }

        var name = named[(named.LastIndexOfAny([':', '.']) + 1)..];
        var found = facts.Classes.FirstOrDefault(c => c.Name == name && c.Language == SourceLanguage.Python && FileRoles.IsProduction(c.Span.File));
        return found?.Fields;
    }

    private static IEnumerable<string> Spellings(string name)
    {
        var upper = name.ToUpperInvariant();
        return [name, upper, "CELERY_" + upper, "CELERYD_" + upper];
    }

    private static bool IsPythonSetting(SettingFact setting) =>
        setting.Origin is SettingOrigin.PythonModule or SettingOrigin.PythonClass or SettingOrigin.PythonDict
        && FileRoles.IsProduction(setting.File) && !SettingsClasses.IsDevelopmentScope(setting.Scope);
}
