using System.Collections.Frozen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProdReady.Engine.Facts.Readers.CSharp;

/// <summary>ASP.NET Core routes: minimal APIs (<c>app.MapGet("/x", ...)</c>, through <c>MapGroup</c> prefixes held
/// in local variables or chained) and controller actions (<c>[HttpGet("{id}")]</c> under the class's
/// <c>[Route("api/[controller]")]</c>; tokens such as <c>[controller]</c> are kept as written). Paths always start
/// with <c>/</c>.</summary>
internal static class CSharpRoutes
{
    public const string Framework = "aspnetcore";

    private static readonly FrozenDictionary<string, string> MapMethods = new Dictionary<string, string>
    {
        ["MapGet"] = "GET",
        ["MapPost"] = "POST",
        ["MapPut"] = "PUT",
        ["MapDelete"] = "DELETE",
        ["MapPatch"] = "PATCH",
        ["MapHealthChecks"] = "GET",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> VerbAttributes = new Dictionary<string, string>
    {
        ["HttpGet"] = "GET",
        ["HttpPost"] = "POST",
        ["HttpPut"] = "PUT",
        ["HttpDelete"] = "DELETE",
        ["HttpPatch"] = "PATCH",
        ["HttpHead"] = "HEAD",
        ["HttpOptions"] = "OPTIONS",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The prefix of every route group held in a local variable (<c>var api = app.MapGroup("/api");</c>,
    /// also when further configured: <c>.MapGroup("/api").RequireAuthorization()</c>), keyed by the method that
    /// declares it and the variable's name.</summary>
    public static Dictionary<string, string> Groups(CompilationUnitSyntax root)
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var declarator in root.DescendantNodes().OfType<VariableDeclaratorSyntax>())
        {
            if (declarator.Initializer?.Value is InvocationExpressionSyntax invocation && GroupIn(invocation, groups) is { } prefix)
            {
                groups[Key(declarator, declarator.Identifier.ValueText)] = prefix;
            }
        }

        return groups;
    }

    public static RouteFact? MinimalApi(InvocationExpressionSyntax invocation, string callee, IReadOnlyDictionary<string, string> groups)
    {
        var name = callee[(callee.LastIndexOf('.') + 1)..];
        if (!MapMethods.TryGetValue(name, out var method))
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments;
        if (CSharpSyntax.StringLiteral(arguments.FirstOrDefault()?.Expression) is not { } path)
        {
            return null;
        }

        var handler = arguments.Count > 1 && arguments[1].Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax
            ? CSharpSyntax.Name(arguments[1].Expression)
            : null;
        var prefix = invocation.Expression is MemberAccessExpressionSyntax access ? ReceiverPrefix(access.Expression, groups) : "";
        return new RouteFact(Framework, method, Join(prefix, path), handler, CSharpSyntax.Span(invocation));
    }

    public static IEnumerable<RouteFact> Controller(MethodDeclarationSyntax method)
    {
        var attributes = method.AttributeLists.SelectMany(l => l.Attributes).ToList();
        var actionRoutes = attributes.Where(a => AttributeName(a) == "Route").Select(Template).ToList();
        var classRoutes = method.Parent is TypeDeclarationSyntax type
            ? type.AttributeLists.SelectMany(l => l.Attributes).Where(a => AttributeName(a) == "Route").Select(Template).ToList()
            : [];
        var verbs = attributes.Where(a => VerbAttributes.ContainsKey(AttributeName(a))).ToList();

        // Without any template the action is reached by conventional routing, which the syntax does not tell.
        if (classRoutes.Count == 0 && actionRoutes.Count == 0 && verbs.All(v => Template(v).Length == 0))
        {
            yield break;
        }

        if (classRoutes.Count == 0)
        {
            classRoutes.Add("");
        }

        foreach (var verb in verbs)
        {
            var template = Template(verb);
            var templates = template.Length > 0 || actionRoutes.Count == 0 ? [template] : actionRoutes;
            foreach (var (prefix, action) in classRoutes.SelectMany(c => templates.Select(t => (c, t))))
            {
                yield return new RouteFact(Framework, VerbAttributes[AttributeName(verb)], Combine(prefix, action), method.Identifier.ValueText, CSharpSyntax.Span(verb));
            }
        }

        if (verbs.Count > 0)
        {
            yield break;
        }

        foreach (var route in attributes.Where(a => AttributeName(a) == "Route"))
        {
            foreach (var prefix in classRoutes)
            {
                yield return new RouteFact(Framework, "ANY", Combine(prefix, Template(route)), method.Identifier.ValueText, CSharpSyntax.Span(route));
            }
        }
    }

    /// <summary><c>[HttpGet]</c>, <c>[HttpGetAttribute]</c> and <c>[Microsoft.AspNetCore.Mvc.HttpGet]</c> are one attribute.</summary>
    public static string AttributeName(AttributeSyntax attribute)
    {
        var name = CSharpSyntax.Name(attribute.Name);
        name = name[(name.LastIndexOf('.') + 1)..];
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
    }

    /// <summary>A group prefix and a route pattern joined; a pattern's leading <c>/</c> does not reset the group.</summary>
    public static string Join(string prefix, string path) =>
        "/" + string.Join('/', new[] { prefix, path }.SelectMany(p => p.Split('/', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>An action template starting with <c>/</c> or <c>~/</c> ignores the controller's route.</summary>
    private static string Combine(string controllerRoute, string template) =>
        template.StartsWith('/') || template.StartsWith("~/", StringComparison.Ordinal)
            ? Join("", template.TrimStart('~'))
            : Join(controllerRoute, template);

    private static string Template(AttributeSyntax attribute)
    {
        var argument = attribute.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals is null && (a.NameColon is null || a.NameColon.Name.Identifier.ValueText == "template"));
        return CSharpSyntax.StringLiteral(argument?.Expression) ?? "";
    }

    private static string? GroupPrefix(InvocationExpressionSyntax invocation, IReadOnlyDictionary<string, string> groups)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "MapGroup" } access
            || CSharpSyntax.StringLiteral(invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression) is not { } path)
        {
            return null;
        }

        return Join(ReceiverPrefix(access.Expression, groups), path);
    }

    private static string? GroupIn(InvocationExpressionSyntax invocation, IReadOnlyDictionary<string, string> groups) =>
        GroupPrefix(invocation, groups)
        ?? (invocation.Expression is MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax inner } ? GroupIn(inner, groups) : null);

    /// <summary>Top-level statements share one scope; otherwise a variable belongs to its method, local function
    /// or accessor.</summary>
    private static string Key(SyntaxNode node, string name)
    {
        var scope = node.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax);
        return $"{scope?.SpanStart ?? -1}:{name}";
    }

    private static string ReceiverPrefix(ExpressionSyntax receiver, IReadOnlyDictionary<string, string> groups) => receiver switch
    {
        IdentifierNameSyntax identifier => groups.GetValueOrDefault(Key(identifier, identifier.Identifier.ValueText), ""),
        InvocationExpressionSyntax invocation => GroupPrefix(invocation, groups) ?? (invocation.Expression is MemberAccessExpressionSyntax inner ? ReceiverPrefix(inner.Expression, groups) : ""),
        _ => "",
    };
}
