using ProdReady.Engine.Facts;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Database;

/// <summary>Finds ORM model classes: SQLAlchemy declarative models (including Flask-SQLAlchemy's <c>db.Model</c>
/// and SQLModel tables), Django models, and EF Core DbContexts.</summary>
internal static class OrmModels
{
    private static readonly HashSet<string> DeclarativeRoots = new(StringComparer.Ordinal)
    {
        "DeclarativeBase", "DeclarativeBaseNoMeta", "MappedAsDataclass",
    };

    public static IEnumerable<ClassFact> SqlAlchemy(RepositoryFacts facts)
    {
        var python = facts.Classes.Where(c => c.Language == SourceLanguage.Python && FileRoles.IsProduction(c.Span.File)).ToList();
        var declarative = new HashSet<string>(StringComparer.Ordinal);
        declarative.UnionWith(python.Where(c => c.Bases.Any(b => DeclarativeRoots.Contains(Last(b)))).Select(c => c.Name));
        declarative.UnionWith(facts.Settings.Where(s => s.Origin == SettingOrigin.PythonModule
            && (s.Value.Raw.Contains("declarative_base(", StringComparison.Ordinal) || s.Value.Raw.Contains("generate_base(", StringComparison.Ordinal)))
            .Select(s => s.Name));
        var flask = facts.Imported("flask_sqlalchemy");
        var sqlModel = facts.Imported("sqlmodel");
        return python.Where(c => !declarative.Contains(c.Name) && (c.Fields.Any(f => f.Name == "__tablename__")
            || c.Bases.Any(b => declarative.Contains(Last(b)))
            || (flask && c.Bases.Any(b => b.EndsWith(".Model", StringComparison.Ordinal) && b != "models.Model"))
            || (sqlModel && c.Bases.Length > 0 && IsTable(facts, c))));
    }

    /// <summary>Concrete Django models: subclasses of models.Model, directly or through another model of the repository,
    /// in an app's models module (models.py or a models/ package), which is where Django looks for them. Elsewhere a
    /// class that shares a model's name (a GraphQL type called Permission) is not a model.</summary>
    public static IEnumerable<ClassFact> Django(RepositoryFacts facts)
    {
        var python = facts.Classes.Where(c => c.Language == SourceLanguage.Python && FileRoles.IsProduction(c.Span.File) && IsModelsModule(c.Span.File)).ToList();
        var models = python.Where(c => c.Bases.Contains("models.Model")).ToList();
        for (var depth = 0; depth < 3; depth++)
        {
            var names = models.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            models = [.. models, .. python.Where(c => !models.Contains(c) && c.Bases.Any(b => names.Contains(Last(b))) && !IsNonModel(c))];
        }

        return models.Where(m => !IsAbstract(facts, m)).OrderBy(m => m.Span.File, StringComparer.Ordinal).ThenBy(m => m.Span.Line);
    }

    public static IEnumerable<ClassFact> DbContexts(RepositoryFacts facts) =>
        facts.Classes.Where(c => c.Language == SourceLanguage.CSharp && FileRoles.IsProduction(c.Span.File)
            && c.Bases.Any(b => Last(b) is "DbContext" or "IdentityDbContext" or "ApiAuthorizationDbContext"));

    /// <summary><c>class Hero(HeroBase, table=True)</c>: the keyword is not a base, so the class line is read
    /// (a stopgap until the reader records class keywords).</summary>
    private static bool IsTable(RepositoryFacts facts, ClassFact cls) =>
        facts.Repository.File(cls.Span.File)?.Line(cls.Span.Line).Contains("table=True", StringComparison.Ordinal) == true;

    private static bool IsAbstract(RepositoryFacts facts, ClassFact model) =>
        facts.ClassesIn(model.Span.File).Any(meta => meta.Name == "Meta" && meta.Span.Line > model.Span.Line
            && meta.Span.Line <= model.EndLine && meta.Fields.Any(f => f.Name == "abstract" && f.Value is { IsTrue: true }))
        || facts.SettingsIn(model.Span.File).Any(s => s.Scope == $"{model.Name}.Meta" && s.Name == "abstract" && s.Value.IsTrue);

    private static bool IsModelsModule(string path) =>
        path == "models.py" || path.EndsWith("/models.py", StringComparison.Ordinal)
        || path.StartsWith("models/", StringComparison.Ordinal) || path.Contains("/models/", StringComparison.Ordinal);

    /// <summary>A serializer, form or filter set that shares a mixin's name with a model mixin is not a model.</summary>
    private static bool IsNonModel(ClassFact cls) =>
        cls.Bases.Any(b => Last(b).EndsWith("Serializer", StringComparison.Ordinal) || Last(b).EndsWith("Form", StringComparison.Ordinal)
            || Last(b).EndsWith("FilterSet", StringComparison.Ordinal) || Last(b).EndsWith("Schema", StringComparison.Ordinal));

    private static string Last(string name) => name[(name.LastIndexOf('.') + 1)..];
}
