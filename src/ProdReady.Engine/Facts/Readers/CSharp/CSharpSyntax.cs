using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProdReady.Engine.Facts.Readers.CSharp;

/// <summary>Names, values and locations of C# syntax, as fact readers want them.</summary>
internal static class CSharpSyntax
{
    public static SourceSpan Span(SyntaxNode node) => Span(node.GetLocation());

    public static SourceSpan Span(SyntaxToken token) => Span(token.GetLocation());

    /// <summary>Roslyn's line positions are zero-based; facts are one-based.</summary>
    public static SourceSpan Span(Location location)
    {
        var lines = location.GetLineSpan();
        return new SourceSpan(lines.Path, lines.StartLinePosition.Line + 1, lines.StartLinePosition.Character + 1, location.SourceSpan.Length);
    }

    /// <summary>The member access chain as written, without generic arguments or call arguments:
    /// <c>builder.Services.AddDbContext&lt;AppDb&gt;(...)</c> is <c>builder.Services.AddDbContext</c>, and a call or
    /// indexer inside the chain keeps only its brackets (<c>services.AddCors().AddPolicy</c>).</summary>
    public static string Name(ExpressionSyntax expression)
    {
        // Generated code can chain thousands of calls; fail this file rather than overflow the stack.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return NameOf(expression);
    }

    private static string NameOf(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => $"{Name(access.Expression)}.{access.Name.Identifier.ValueText}",
        MemberBindingExpressionSyntax binding => $"{ConditionalReceiver(binding)}.{binding.Name.Identifier.ValueText}",
        InvocationExpressionSyntax invocation => Name(invocation.Expression) + "()",
        ElementAccessExpressionSyntax element => Name(element.Expression) + "[]",
        QualifiedNameSyntax qualified => $"{Name(qualified.Left)}.{qualified.Right.Identifier.ValueText}",
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        PredefinedTypeSyntax predefined => predefined.Keyword.ValueText,
        ThisExpressionSyntax => "this",
        BaseExpressionSyntax => "base",
        ParenthesizedExpressionSyntax parenthesized => Name(parenthesized.Expression),
        _ => string.Join(' ', expression.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
    };

    public static string TypeName(TypeSyntax type) => type switch
    {
        NullableTypeSyntax nullable => TypeName(nullable.ElementType),
        _ => Name(type),
    };

    public static string? StringLiteral(ExpressionSyntax? expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        InterpolatedStringExpressionSyntax interpolated when interpolated.Contents.All(c => c is InterpolatedStringTextSyntax) =>
            string.Concat(interpolated.Contents.Cast<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText)),
        _ => null,
    };

    public static FactValue Value(ExpressionSyntax expression)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var raw = expression.ToString();
        var span = Span(expression);
        if (StringLiteral(expression) is { } text)
        {
            return new FactValue { Kind = ValueKind.String, Raw = raw, Span = span, Text = text };
        }

        return expression switch
        {
            LiteralExpressionSyntax literal => Literal(literal, raw, span),
            PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax operand } unary
                when operand.IsKind(SyntaxKind.NumericLiteralExpression) && unary.OperatorToken.Text is "-" or "+" =>
                new FactValue { Kind = ValueKind.Number, Raw = raw, Span = span, Text = raw },
            InvocationExpressionSyntax invocation when EnvironmentVariable(invocation) is { } name =>
                new FactValue { Kind = ValueKind.EnvLookup, Raw = raw, Span = span, EnvName = name },
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.CoalesceExpression) && Value(binary.Left) is { Kind: ValueKind.EnvLookup } lookup =>
                lookup with { Raw = raw, Span = span, EnvDefault = Value(binary.Right) },
            ParenthesizedExpressionSyntax parenthesized => Value(parenthesized.Expression) with { Raw = raw, Span = span },
            _ when Items(expression) is { } items => new FactValue { Kind = ValueKind.List, Raw = raw, Span = span, Items = items },
            _ => new FactValue { Kind = ValueKind.Expression, Raw = raw, Span = span },
        };
    }

    /// <summary>The variable <c>Environment.GetEnvironmentVariable("X")</c> reads, when named by a literal.</summary>
    public static string? EnvironmentVariable(InvocationExpressionSyntax invocation)
    {
        var callee = Name(invocation.Expression);
        if (callee != "GetEnvironmentVariable" && !callee.EndsWith("Environment.GetEnvironmentVariable", StringComparison.Ordinal))
        {
            return null;
        }

        return StringLiteral(invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression);
    }

    private static FactValue Literal(LiteralExpressionSyntax literal, string raw, SourceSpan span) => literal.Kind() switch
    {
        SyntaxKind.NumericLiteralExpression => new FactValue { Kind = ValueKind.Number, Raw = raw, Span = span, Text = raw },
        SyntaxKind.TrueLiteralExpression => new FactValue { Kind = ValueKind.Bool, Raw = raw, Span = span, Text = "true" },
        SyntaxKind.FalseLiteralExpression => new FactValue { Kind = ValueKind.Bool, Raw = raw, Span = span, Text = "false" },
        SyntaxKind.NullLiteralExpression => new FactValue { Kind = ValueKind.Null, Raw = raw, Span = span },
        SyntaxKind.CharacterLiteralExpression or SyntaxKind.Utf8StringLiteralExpression =>
            new FactValue { Kind = ValueKind.String, Raw = raw, Span = span, Text = literal.Token.ValueText },
        _ => new FactValue { Kind = ValueKind.Expression, Raw = raw, Span = span },
    };

    private static ImmutableArray<FactValue>? Items(ExpressionSyntax expression)
    {
        IEnumerable<ExpressionSyntax>? elements = expression switch
        {
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax) =>
                collection.Elements.Cast<ExpressionElementSyntax>().Select(e => e.Expression),
            _ => null,
        };
        return elements is null ? null : [.. elements.Select(Value)];
    }

    private static string ConditionalReceiver(MemberBindingExpressionSyntax binding)
    {
        var access = binding.Ancestors().OfType<ConditionalAccessExpressionSyntax>()
            .FirstOrDefault(c => c.WhenNotNull.Span.Contains(binding.Span));
        return access is null ? "" : Name(access.Expression);
    }
}
