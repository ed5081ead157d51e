using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProdReady.Engine.Facts.Readers.CSharp;

/// <summary>Options set in code with a literal flag or number: <c>options.Password.RequiredLength = 4;</c> and
/// <c>new TokenValidationParameters { ValidateLifetime = false }</c>. Strings are left out: secrets and URLs in code
/// have their own detectors, and a string setting would be judged twice.</summary>
internal static class CSharpAssignments
{
    public static SettingFact? Setting(AssignmentExpressionSyntax assignment)
    {
        if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
        {
            return null;
        }

        var value = CSharpSyntax.Value(assignment.Right);
        if (value.Kind is not (ValueKind.Bool or ValueKind.Number))
        {
            return null;
        }

        return assignment.Left switch
        {
            MemberAccessExpressionSyntax access =>
                new SettingFact(access.Name.Identifier.ValueText, CSharpSyntax.Name(access.Expression), value, CSharpSyntax.Span(access.Name), SettingOrigin.CSharp),
            IdentifierNameSyntax identifier when assignment.Parent is InitializerExpressionSyntax initializer =>
                new SettingFact(identifier.Identifier.ValueText, Owner(initializer), value, CSharpSyntax.Span(identifier), SettingOrigin.CSharp),
            _ => null,
        };
    }

    /// <summary>The type of <c>new T { … }</c>, or for <c>x.Y = new() { … }</c> and nested initializers the member
    /// being initialised.</summary>
    private static string Owner(InitializerExpressionSyntax initializer) => initializer.Parent switch
    {
        ObjectCreationExpressionSyntax creation => CSharpSyntax.TypeName(creation.Type),
        ImplicitObjectCreationExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } } => declarator.Identifier.ValueText,
        ImplicitObjectCreationExpressionSyntax { Parent: AssignmentExpressionSyntax outer } => CSharpSyntax.Name(outer.Left),
        AssignmentExpressionSyntax outer => CSharpSyntax.Name(outer.Left),
        _ => "",
    };
}
