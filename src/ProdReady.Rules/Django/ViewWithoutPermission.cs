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

    /// <summary>Django's generic views that change or delete an existing row: open to anyone, they let anyone do it.
    /// Creating views and forms are left alone, since sign-up and contact forms are public on purpose.</summary>
    private static readonly HashSet<string> DjangoChangingViews = new(StringComparer.Ordinal)
    {
        "UpdateView", "DeleteView", "BaseUpdateView", "BaseDeleteView",
    };

    /// <summary>Bases that add no access control of their own: a class built only from these and a changing view is open.</summary>
    private static readonly HashSet<string> DjangoPlainBases = new(StringComparer.Ordinal)
    {
        "UpdateView", "DeleteView", "BaseUpdateView", "BaseDeleteView", "View", "TemplateView", "DetailView", "ListView",
        "SuccessMessageMixin", "ContextMixin", "TemplateResponseMixin", "FormMixin", "ModelFormMixin", "SingleObjectMixin",
        "SingleObjectTemplateResponseMixin", "DeletionMixin", "ProcessFormView",
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
            "open to anonymous callers: a ModelViewSet then lets anyone list, create, change and delete the model's rows. The same " +
            "holds for Django's own UpdateView and DeleteView with no login or permission mixin, whatever REST framework's default.",
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

        var violations = DjangoClassViolations(facts)
            .Concat(permissions.IsOpen ? ClassViolations(facts).Concat(FunctionViolations(facts, permissions.Default == DrfDefault.AllowAny)) : [])
            .OrderBy(v => v.Location!.Value.File, StringComparer.Ordinal).ThenBy(v => v.Location!.Value.Line)
            .ToArray();
        if (violations.Length > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        if (permissions.Default == DrfDefault.RequiresAuthentication)
        {
            return RuleOutcome.Pass(new Evidence($"REST framework requires permission by default ({permissions.Setting!.Span})", permissions.Setting.Span));
        }

        return RuleOutcome.Skip(permissions.IsOpen ? "every view names its permissions" : "no REST framework default that leaves views open");
    }

    /// <summary>Django UpdateView/DeleteView subclasses with no login or permission mixin, no decorator on the class or
    /// its dispatch, and no <c>login_required(View.as_view())</c> in the URLconf.</summary>
    private static IEnumerable<Violation> DjangoClassViolations(RepositoryFacts facts)
    {
        List<string>? wrapped = null;
        foreach (var cls in facts.Classes.Where(c => c.Language == SourceLanguage.Python && IsViewCode(c.Span.File)))
        {
            var bases = cls.Bases.Select(b => b[(b.LastIndexOf('.') + 1)..]).ToList();
            if (!cls.Bases.Any(b => IsDjangoChangingView(b, facts.ImportsIn(cls.Span.File))) || !bases.All(DjangoPlainBases.Contains)
                || cls.Decorators.Any(d => AuthDecorators.Contains(d.Name))
                || facts.FunctionsIn(cls.Span.File).Any(f => f.ClassName == cls.Name && (f.Name is "dispatch" or "test_func" or "has_permission" || f.Decorators.Any(d => AuthDecorators.Contains(d.Name)))))
            {
                continue;
            }

            wrapped ??= [.. facts.Calls.Where(c => c.Language == SourceLanguage.Python && AuthDecorators.Contains(c.Name))
                .SelectMany(c => c.Arguments).Select(a => a.Value.Raw)];
            if (wrapped.Any(raw => raw.Contains(cls.Name + ".as_view", StringComparison.Ordinal)))
            {
                continue;
            }

            var verb = bases.Any(b => b.Contains("Delete", StringComparison.Ordinal)) ? "delete" : "change";
            yield return new Violation(cls.Span, $"{cls.Name} ({string.Join(", ", cls.Bases)}) lets anyone {verb} rows: no LoginRequiredMixin or " +
                "permission mixin, no login_required on the class or its as_view()");
        }
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

    /// <summary>Whether a base is Django's own UpdateView or DeleteView (imported from django.views.generic), not a
    /// framework's view of the same name with access control built in (Wagtail's admin views, for one).</summary>
    private static bool IsDjangoChangingView(string baseName, IEnumerable<ImportFact> imports)
    {
        var dot = baseName.LastIndexOf('.');
        var name = baseName[(dot + 1)..];
        if (!DjangoChangingViews.Contains(name))
        {
            return false;
        }

        if (dot < 0)
        {
            return imports.Any(i => i.Module.StartsWith("django.views.generic", StringComparison.Ordinal) && i.Names.Contains(name));
        }

        var qualifier = baseName[..dot];
        var first = qualifier.Split('.')[0];
        return qualifier.StartsWith("django.views", StringComparison.Ordinal)
            || imports.Any(i => $"{i.Module}.{first}".StartsWith("django.views", StringComparison.Ordinal) && i.Names.Contains(first));
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
