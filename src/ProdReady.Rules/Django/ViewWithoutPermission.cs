using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Django;

public sealed class ViewWithoutPermission : Rule
{
    private static readonly HashSet<string> WritableViews = new(StringComparer.Ordinal)
    {
        "ModelViewSet", "CreateAPIView", "UpdateAPIView", "DestroyAPIView", "ListCreateAPIView", "RetrieveUpdateAPIView",
        "RetrieveDestroyAPIView", "RetrieveUpdateDestroyAPIView",
    };

    private static readonly HashSet<string> DrfViews = new(StringComparer.Ordinal)
    {
        "APIView", "GenericAPIView", "ViewSet", "GenericViewSet", "ReadOnlyModelViewSet", "ListAPIView", "RetrieveAPIView",
        "ModelViewSet", "CreateAPIView", "UpdateAPIView", "DestroyAPIView", "ListCreateAPIView", "RetrieveUpdateAPIView",
        "RetrieveDestroyAPIView", "RetrieveUpdateDestroyAPIView", "ViewSetMixin",
        "ListModelMixin", "CreateModelMixin", "RetrieveModelMixin", "UpdateModelMixin", "DestroyModelMixin",
    };

    private static readonly HashSet<string> AuthDecorators = new(StringComparer.Ordinal)
    {
        "login_required", "permission_required", "user_passes_test", "staff_member_required", "superuser_required",
        "permission_classes", "method_decorator",
    };

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU013"),
        Name = "django-view-without-permission",
        Title = "Django or REST framework view with no authentication or permission check",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "A view that names no permission, in a project whose REST framework default is AllowAny (or unset), is " +
            "open to anonymous callers: a ModelViewSet then lets anyone list, create, change and delete the model's rows.",
        Fix = "Require authentication by default (DEFAULT_PERMISSION_CLASSES = IsAuthenticated, or Django 5.1's " +
            "LoginRequiredMiddleware) and give each view the permission it needs: `permission_classes = [IsAuthenticated]` " +
            "or a custom permission on viewsets and APIViews, `@permission_classes` on `@api_view` functions, " +
            "`@login_required`/`@permission_required` on function views, `LoginRequiredMixin` on class views.",
        References =
        [
            "https://www.django-rest-framework.org/api-guide/permissions/",
            "https://docs.djangoproject.com/en/stable/topics/auth/default/#limiting-access-to-logged-in-users",
        ],
        Examples = ViewWithoutPermissionExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var permissions = DrfPermissions.Of(facts);
        if (DrfPermissions.LoginRequired(facts) is { } middleware)
        {
            return RuleOutcome.Pass(new Evidence($"LoginRequiredMiddleware in {middleware.Span}", middleware.Span));
        }

        if (!permissions.IsOpen)
        {
            return permissions.Default == DrfDefault.RequiresAuthentication
                ? RuleOutcome.Pass(new Evidence($"REST framework requires permission by default ({permissions.Setting!.Span})", permissions.Setting.Span))
                : RuleOutcome.Skip("no REST framework default that leaves views open");
        }

        var violations = ClassViolations(facts).Concat(FunctionViolations(facts, permissions.Default == DrfDefault.AllowAny))
            .OrderBy(v => v.Location!.Value.File, StringComparer.Ordinal).ThenBy(v => v.Location!.Value.Line)
            .ToArray();
        return violations.Length > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Skip("every view names its permissions");
    }

    private static IEnumerable<Violation> ClassViolations(RepositoryFacts facts)
    {
        foreach (var cls in facts.Classes.Where(c => c.Language == SourceLanguage.Python && IsViewCode(c.Span.File)))
        {
            var bases = cls.Bases.Select(b => b[(b.LastIndexOf('.') + 1)..]).ToList();
            if (bases.Count == 0 || !bases.All(DrfViews.Contains)
                || cls.Fields.Any(f => f.Name is "permission_classes")
                || facts.FunctionsIn(cls.Span.File).Any(f => f.ClassName == cls.Name && f.Name is "get_permissions" or "check_permissions" or "initial" or "dispatch"))
            {
                continue;
            }

            var writable = bases.Any(WritableViews.Contains);
            yield return new Violation(cls.Span, $"{cls.Name} ({string.Join(", ", cls.Bases)}) sets no permission_classes and the REST framework default allows anyone" +
                (writable ? ": anonymous clients can create, change and delete" : string.Empty))
            {
                Severity = writable ? Severity.Critical : Severity.High,
            };
        }
    }

    /// <summary>@api_view functions without @permission_classes; plain function views only when the project
    /// explicitly chose AllowAny, and only undecorated ones that render model data.</summary>
    private static IEnumerable<Violation> FunctionViolations(RepositoryFacts facts, bool explicitlyOpen)
    {
        foreach (var function in facts.Functions.Where(f => f.Language == SourceLanguage.Python && f.ClassName is null && IsViewCode(f.Span.File)))
        {
            var decorators = function.Decorators.Select(d => d.Name).ToList();
            if (decorators.Any(AuthDecorators.Contains))
            {
                continue;
            }

            if (decorators.Contains("api_view"))
            {
                yield return new Violation(function.Span, $"@api_view function {function.Name} has no @permission_classes and the REST framework default allows anyone");
            }
            else if (explicitlyOpen && decorators.Count == 0 && RendersModelData(facts, function))
            {
                yield return new Violation(function.Span, $"function view {function.Name} queries the database and renders it with no login_required or permission check");
            }
        }
    }

    private static bool RendersModelData(RepositoryFacts facts, FunctionFact function)
    {
        var calls = facts.CallsIn(function.Span.File).Where(c => function.Contains(c.Span) && c.EnclosingFunction == function.Name).ToList();
        return calls.Any(c => c.Callee is "render" or "TemplateResponse")
            && calls.Any(c => c.Callee.Contains(".objects.", StringComparison.Ordinal))
            && !(facts.Repository.File(function.Span.File)?.Text ?? string.Empty).Split('\n')[(function.Span.Line - 1)..function.EndLine]
                .Any(line => line.Contains("request.user", StringComparison.Ordinal));
    }

    private static bool IsViewCode(string file) =>
        FileRoles.IsPython(file) && FileRoles.IsProduction(file) && !FileRoles.IsMigration(file)
        && (System.IO.Path.GetFileNameWithoutExtension(file) is "views" or "viewsets" or "api" || file.Contains("/views/", StringComparison.Ordinal) || file.StartsWith("views/", StringComparison.Ordinal));
}
