using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProdReady.Engine.Facts.Readers.CSharp;

/// <summary>Walks one syntax tree and collects its facts. Syntax only: nothing is bound or compiled, so names are
/// as written and a broken file still yields what can be read from it.</summary>
internal sealed class CSharpFactWalker(IReadOnlyDictionary<string, string> routeGroups) : CSharpSyntaxWalker
{
    private static readonly HashSet<string> SqlCommandTypes = new(StringComparer.Ordinal)
    {
        "SqlCommand", "NpgsqlCommand", "MySqlCommand", "SqliteCommand", "SQLiteCommand", "OracleCommand", "OdbcCommand", "OleDbCommand",
    };

    private readonly List<ImportFact> _imports = [];
    private readonly List<CallFact> _calls = [];
    private readonly List<EnvReadFact> _envReads = [];
    private readonly List<RouteFact> _routes = [];
    private readonly List<StringLiteralFact> _strings = [];
    private readonly List<FunctionFact> _functions = [];
    private readonly List<ClassFact> _classes = [];
    private readonly List<SettingFact> _settings = [];

    public FileFacts Facts => new()
    {
        Imports = [.. _imports],
        Calls = [.. _calls],
        EnvReads = [.. _envReads],
        Routes = [.. _routes],
        Strings = [.. _strings],
        Functions = [.. _functions],
        Classes = [.. _classes],
        Settings = [.. _settings],
    };

    public override void VisitUsingDirective(UsingDirectiveSyntax node)
    {
        if (node.NamespaceOrType is { } target)
        {
            var names = node.Alias is { } alias ? ImmutableArray.Create(alias.Name.Identifier.ValueText) : [];
            _imports.Add(new ImportFact(CSharpSyntax.Name(target), names, CSharpSyntax.Span(target), SourceLanguage.CSharp));
        }

        base.VisitUsingDirective(node);
    }

    public override void VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        var callee = CSharpSyntax.Name(node.Expression);
        var arguments = node.ArgumentList.Arguments
            .Select(a => new FactArgument(a.NameColon?.Name.Identifier.ValueText, CSharpSyntax.Value(a.Expression)))
            .ToImmutableArray();
        _calls.Add(new CallFact
        {
            Callee = callee,
            Arguments = arguments,
            Span = CallSpan(node),
            Language = SourceLanguage.CSharp,
            EnclosingFunction = EnclosingFunction(node),
            InAsyncFunction = InAsyncFunction(node),
        });

        if (CSharpSyntax.EnvironmentVariable(node) is { } variable)
        {
            _envReads.Add(new EnvReadFact(variable, CSharpSyntax.Span(node), Fallback(node)));
        }

        if (CSharpRoutes.MinimalApi(node, callee, routeGroups) is { } route)
        {
            _routes.Add(route);
        }

        base.VisitInvocationExpression(node);
    }

    /// <summary>An ADO.NET command's constructor takes SQL text the way a query method does, so it is recorded as a
    /// call of its type (as the JavaScript reader records <c>new X(…)</c>); for these types only, so that no other
    /// rule meets new facts.</summary>
    public override void VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
    {
        var type = CSharpSyntax.TypeName(node.Type);
        if (SqlCommandTypes.Contains(type[(type.LastIndexOf('.') + 1)..]) && node.ArgumentList is { } list)
        {
            _calls.Add(new CallFact
            {
                Callee = type,
                Arguments = [.. list.Arguments.Select(a => new FactArgument(a.NameColon?.Name.Identifier.ValueText, CSharpSyntax.Value(a.Expression)))],
                Span = CSharpSyntax.Span(node),
                Language = SourceLanguage.CSharp,
                EnclosingFunction = EnclosingFunction(node),
                InAsyncFunction = InAsyncFunction(node),
            });
        }

        base.VisitObjectCreationExpression(node);
    }

    public override void VisitAssignmentExpression(AssignmentExpressionSyntax node)
    {
        if (CSharpAssignments.Setting(node) is { } setting)
        {
            _settings.Add(setting);
        }

        base.VisitAssignmentExpression(node);
    }

    public override void VisitLiteralExpression(LiteralExpressionSyntax node)
    {
        if (node.IsKind(SyntaxKind.StringLiteralExpression) || node.IsKind(SyntaxKind.Utf8StringLiteralExpression))
        {
            _strings.Add(new StringLiteralFact(node.Token.ValueText, CSharpSyntax.Span(node), SourceLanguage.CSharp));
        }

        base.VisitLiteralExpression(node);
    }

    public override void VisitInterpolatedStringExpression(InterpolatedStringExpressionSyntax node)
    {
        if (CSharpSyntax.StringLiteral(node) is { } text)
        {
            _strings.Add(new StringLiteralFact(text, CSharpSyntax.Span(node), SourceLanguage.CSharp));
        }

        base.VisitInterpolatedStringExpression(node);
    }

    public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        _functions.Add(Function(node, node.Identifier, node.Modifiers, node.AttributeLists));
        _routes.AddRange(CSharpRoutes.Controller(node));
        base.VisitMethodDeclaration(node);
    }

    public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        _functions.Add(Function(node, node.Identifier, node.Modifiers, node.AttributeLists));
        base.VisitLocalFunctionStatement(node);
    }

    public override void VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        _functions.Add(Function(node, node.Identifier, node.Modifiers, node.AttributeLists));
        base.VisitConstructorDeclaration(node);
    }

    public override void VisitClassDeclaration(ClassDeclarationSyntax node)
    {
        _classes.Add(Class(node));
        base.VisitClassDeclaration(node);
    }

    public override void VisitRecordDeclaration(RecordDeclarationSyntax node)
    {
        _classes.Add(Class(node));
        base.VisitRecordDeclaration(node);
    }

    private static FunctionFact Function(SyntaxNode node, SyntaxToken identifier, SyntaxTokenList modifiers, SyntaxList<AttributeListSyntax> attributes) => new()
    {
        Name = identifier.ValueText,
        ClassName = node.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText,
        IsAsync = modifiers.Any(SyntaxKind.AsyncKeyword),
        Decorators = [.. attributes.SelectMany(l => l.Attributes).Select(Attribute)],
        Span = CSharpSyntax.Span(identifier),
        EndLine = node.GetLocation().GetLineSpan().EndLinePosition.Line + 1,
        Language = SourceLanguage.CSharp,
    };

    private static ClassFact Class(TypeDeclarationSyntax node) => new()
    {
        Name = node.Identifier.ValueText,
        Bases = node.BaseList is { } bases ? [.. bases.Types.Select(t => CSharpSyntax.TypeName(t.Type))] : [],
        Fields = [.. node.Members.SelectMany(Fields)],
        Span = CSharpSyntax.Span(node.Identifier),
        EndLine = node.GetLocation().GetLineSpan().EndLinePosition.Line + 1,
        Language = SourceLanguage.CSharp,
    };

    private static IEnumerable<FieldFact> Fields(MemberDeclarationSyntax member) => member switch
    {
        PropertyDeclarationSyntax property =>
            [new FieldFact(property.Identifier.ValueText, property.Type.ToString(), Initial(property.Initializer), CSharpSyntax.Span(property.Identifier))],
        FieldDeclarationSyntax field => field.Declaration.Variables.Select(v =>
            new FieldFact(v.Identifier.ValueText, field.Declaration.Type.ToString(), Initial(v.Initializer), CSharpSyntax.Span(v.Identifier))),
        _ => [],
    };

    private static FactValue? Initial(EqualsValueClauseSyntax? initializer) =>
        initializer is null ? null : CSharpSyntax.Value(initializer.Value);

    private static CallFact Attribute(AttributeSyntax attribute) => new()
    {
        Callee = CSharpSyntax.Name(attribute.Name),
        Arguments = attribute.ArgumentList is { } list
            ? [.. list.Arguments.Select(a => new FactArgument(a.NameEquals?.Name.Identifier.ValueText ?? a.NameColon?.Name.Identifier.ValueText, CSharpSyntax.Value(a.Expression)))]
            : [],
        Span = CSharpSyntax.Span(attribute),
        Language = SourceLanguage.CSharp,
    };

    /// <summary>In <c>logger?.LogInformation(...)</c> Roslyn's invocation starts at the dot; the call as written
    /// starts at <c>logger</c>.</summary>
    private static SourceSpan CallSpan(InvocationExpressionSyntax invocation)
    {
        if (invocation.Expression is not MemberBindingExpressionSyntax binding
            || binding.Ancestors().OfType<ConditionalAccessExpressionSyntax>().FirstOrDefault(c => c.WhenNotNull.Span.Contains(binding.Span)) is not { } access)
        {
            return CSharpSyntax.Span(invocation);
        }

        var start = CSharpSyntax.Span(access);
        return start with { Length = invocation.Span.End - access.Span.Start };
    }

    /// <summary>The fallback in <c>Environment.GetEnvironmentVariable("X") ?? "default"</c>.</summary>
    private static FactValue? Fallback(InvocationExpressionSyntax invocation)
    {
        SyntaxNode current = invocation;
        while (current.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            current = parenthesized;
        }

        return current.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.CoalesceExpression) && binary.Left == current
            ? CSharpSyntax.Value(binary.Right)
            : null;
    }

    /// <summary>Lambdas are looked through: a call in a lambda belongs to the method that declares the lambda.</summary>
    private static string? EnclosingFunction(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText;
                case LocalFunctionStatementSyntax local:
                    return local.Identifier.ValueText;
                case ConstructorDeclarationSyntax constructor:
                    return constructor.Identifier.ValueText;
                case BasePropertyDeclarationSyntax property:
                    return property is PropertyDeclarationSyntax named ? named.Identifier.ValueText : null;
                case TypeDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static bool InAsyncFunction(SyntaxNode node)
    {
        var function = node.Ancestors().FirstOrDefault(a =>
            a is MethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or TypeDeclarationSyntax);
        return function switch
        {
            MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
            LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
            AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
            _ => false,
        };
    }
}
