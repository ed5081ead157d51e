using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Django;

internal static class ViewWithoutPermissionExamples
{
    private const string OpenSettings = """
        INSTALLED_APPS = ["rest_framework", "events"]
        REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"]}
        """;

    private const string ClosedSettings = """
        INSTALLED_APPS = ["rest_framework", "events"]
        REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"]}
        """;

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad("viewsets, an APIView and a dashboard function view under an AllowAny default (seed 002)",
            ("sentinel/settings.py", OpenSettings),
            ("officers/views.py", """
                from django.shortcuts import render
                from rest_framework import viewsets
                from rest_framework.views import APIView


                [|def|] officer_dashboard(request):
                    assignments = OfficerAssignment.objects.exclude(status="done")
                    return render(request, "officers/dashboard.html", {"assignments": assignments})


                [|class|] OfficerProfileViewSet(viewsets.ModelViewSet):
                    queryset = OfficerProfile.objects.all()
                    serializer_class = OfficerProfileSerializer


                [|class|] OfficerLocationView(APIView):
                    def post(self, request):
                        return Response({"ok": True})
                """)),
        RuleExample.Bad("REST framework installed with no permission policy; an @api_view without @permission_classes",
            ("api/settings.py", """
                INSTALLED_APPS = ["rest_framework"]
                """),
            ("api/views.py", """
                from rest_framework.decorators import api_view


                @api_view(["GET"])
                [|def|] export_orders(request):
                    return Response(list(Order.objects.values()))
                """)),
        RuleExample.Good("the default requires authentication, so viewsets without permission_classes are guarded",
            ("api/settings.py", ClosedSettings),
            ("events/views.py", """
                class EventViewSet(viewsets.ModelViewSet):
                    queryset = Event.objects.all()
                """)),
        RuleExample.Good("each view names its permission; the function view needs a login; a custom base class is not judged",
            ("sentinel/settings.py", OpenSettings),
            ("events/views.py", """
                from django.contrib.auth.decorators import login_required


                @login_required
                def dashboard(request):
                    return render(request, "dashboard.html", {"events": Event.objects.all()})


                class EventViewSet(viewsets.ModelViewSet):
                    permission_classes = [IsAuthenticated]
                    queryset = Event.objects.all()


                class PublicFeed(BaseFeedView):
                    pass


                class StatusView(APIView):
                    def get_permissions(self):
                        return [IsAdminUser()]
                """)),
        RuleExample.Bad("Django class views that change and delete rows, with no login mixin (no REST framework involved)",
            ("blog/settings.py", "INSTALLED_APPS = [\"django.contrib.auth\", \"blog\"]\n"),
            ("blog/views.py", """
                from django.contrib.messages.views import SuccessMessageMixin
                from django.views import generic
                from django.views.generic import DetailView, UpdateView


                [|class|] PostUpdate(SuccessMessageMixin, UpdateView):
                    model = Post
                    fields = ["title", "body"]


                [|class|] PostDelete(generic.DeleteView):
                    model = Post
                    success_url = "/"


                class PostDetail(DetailView):
                    model = Post
                """)),
        RuleExample.Good("class views guarded by a mixin, a class decorator, their dispatch, or login_required in the URLconf; sign-up is public on purpose",
            ("blog/settings.py", "INSTALLED_APPS = [\"django.contrib.auth\", \"blog\"]\n"),
            ("blog/views.py", """
                from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
                from django.utils.decorators import method_decorator
                from django.views.generic import CreateView, DeleteView, UpdateView
                from cms.admin.views import generic as admin


                class PageDelete(admin.DeleteView):
                    permission_policy = page_permission_policy


                class PostUpdate(LoginRequiredMixin, UpdateView):
                    model = Post


                class PostDelete(PermissionRequiredMixin, DeleteView):
                    permission_required = "blog.delete_post"


                @method_decorator(login_required, name="dispatch")
                class CommentUpdate(UpdateView):
                    model = Comment


                class TagDelete(DeleteView):
                    @method_decorator(staff_member_required)
                    def dispatch(self, *args, **kwargs):
                        return super().dispatch(*args, **kwargs)


                class DraftUpdate(UpdateView):
                    model = Draft


                class OwnedUpdate(OwnerOnlyMixin, UpdateView):
                    model = Note


                class SignUp(CreateView):
                    form_class = SignUpForm
                """),
            ("blog/urls.py", """
                from django.contrib.auth.decorators import login_required

                urlpatterns = [path("drafts/<int:pk>/edit/", login_required(DraftUpdate.as_view()))]
                """)),
        RuleExample.Good("LoginRequiredMiddleware (Django 5.1) makes every view login-required",
            ("site/settings.py", """
                INSTALLED_APPS = ["rest_framework"]
                MIDDLEWARE = ["django.contrib.auth.middleware.LoginRequiredMiddleware"]
                """),
            ("events/views.py", """
                class EventViewSet(viewsets.ModelViewSet):
                    queryset = Event.objects.all()
                """)),
    ];
}
