using ProdReady.Engine.Documents;
using ProdReady.Engine.Files;

namespace ProdReady.Tests.Documents;

public class DeploymentDocumentTests
{
    private static DeploymentDocuments Read(params (string Path, string Text)[] files) =>
        DeploymentDocuments.Read(Repository.FromFiles(files.Select(f => KeyValuePair.Create(f.Path, f.Text))));

    [Fact]
    public void Dockerfile_stages_continuations_heredocs_and_arguments_are_read()
    {
        var text = "# syntax=docker/dockerfile:1\n# escape=`\nARG BASE=python:3.12-slim\nFROM ${BASE} AS build\nRUN <<EOF\npip install x\nEOF\n" +
            "RUN apt-get update && `\n    # a comment inside the continuation\n    apt-get install -y curl\nFROM build\nENV APP_PORT=8000 NAME=\"a b\"\nEXPOSE ${APP_PORT}/tcp\n" +
            "USER $MISSING\nCMD [\"gunicorn\", \"app:app\"]\n";
        var dockerfile = Assert.Single(Read(("Dockerfile", text)).Dockerfiles);

        Assert.Equal("docker/dockerfile:1", dockerfile.Directives["syntax"]);
        Assert.Equal(2, dockerfile.Stages.Length);
        var build = dockerfile.Stages[0];
        Assert.Equal("build", build.Name);
        Assert.Equal("python:3.12-slim", build.Base.Text);
        Assert.Equal(ValueState.Defaulted, build.Base.State);
        Assert.Equal("pip install x\n", Assert.Single(build.All("RUN").First().Heredocs));
        Assert.Equal("apt-get update &&     apt-get install -y curl", build.All("RUN").Last().Arguments);
        Assert.Equal(8, build.All("RUN").Last().Span.Line);

        var final = dockerfile.FinalStage!;
        Assert.Equal("build", final.BaseStage);
        Assert.Null(final.Image);
        Assert.Equal("a b", final.Env["NAME"].Text);
        Assert.Equal("8000/tcp", Assert.Single(final.Exposed).Text);
        Assert.Equal(ValueState.Unresolved, final.User!.State);
        Assert.Equal<string>(["gunicorn", "app:app"], final.Cmd!.ExecWords!.Value);
    }

    [Fact]
    public void Malformed_files_are_skipped_with_a_reason_and_the_others_are_read()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n" +
            "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nservices:\n  x:\n    environment: *e\n";
        var deep = "apiVersion: v1\nkind: ConfigMap\ndata: " + new string('[', 200) + new string(']', 200) + "\n";
        var documents = Read(
            ("Dockerfile", "FROM python:3.12\nRUNN pip install x\n"),
            ("api/Dockerfile", "FROM python:3.12\nRUN <<EOF\npip install x\n"),
            ("docker-compose.yml", bomb),
            ("k8s/deep.yaml", deep),
            ("k8s/bad.yaml", "apiVersion: v1\nkind: Service\nmetadata: [unclosed\n"),
            ("k8s/ok.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: ok\n"));

        Assert.Equal(
            [
                "Dockerfile: unparsed: invalid Dockerfile at line 2: 'RUNN' is not an instruction",
                "api/Dockerfile: unparsed: invalid Dockerfile: the heredoc <<EOF opened at line 2 is never closed",
                "docker-compose.yml: unparsed: YAML aliases expand to more than 200000 nodes (an alias bomb); not read",
                "k8s/bad.yaml: unparsed: invalid YAML at line 4, column 1: While parsing a flow sequence, did not find expected ',' or ']'.",
                "k8s/deep.yaml: unparsed: YAML nested deeper than 64 levels at line 3; not read",
            ],
            documents.Skipped.Select(s => $"{s.Path}: {s.Reason}").Order(StringComparer.Ordinal));
        Assert.Equal("ok", Assert.Single(documents.Kubernetes).Name!.Text);
    }

    [Fact]
    public void Compose_anchors_merge_keys_ports_and_interpolation_are_resolved()
    {
        var text = "x-base: &base\n  restart: always\n  environment:\n    - SECRET=${SECRET:-fallback}\n    - PLAIN=value\nservices:\n  api:\n    <<: *base\n" +
            "    restart: \"no\"\n    ports:\n      - \"127.0.0.1:8000:8000\"\n      - \"${PORT:-9000}:9000/udp\"\n      - \"[::1]:5432:5432\"\n      - target: 80\n        published: 8080\n" +
            "    depends_on:\n      db:\n        condition: service_healthy\n";
        var service = Assert.Single(Assert.Single(Read(("compose.yaml", text)).Compose).Services);

        Assert.Equal("no", service.Restart!.Text);
        Assert.Equal(ValueState.Unresolved, service.Variable("SECRET")!.Value!.State);
        Assert.Equal("fallback", service.Variable("SECRET")!.Value!.Default);
        Assert.Equal("value", service.Variable("PLAIN")!.Value!.Text);
        Assert.Equal(
            ["127.0.0.1 8000->8000 tcp public=False", "- ${PORT:-9000}->9000 udp public=True", "::1 5432->5432 tcp public=False", "- 8080->80 tcp public=True"],
            service.Ports.Select(p => $"{p.HostIp ?? "-"} {p.Published?.Text}->{p.Target.Text} {p.Protocol} public={p.IsPublic}"));
        Assert.Equal("service_healthy", Assert.Single(service.DependsOn).Condition);
        Assert.Equal(7, service.Span.Line);
    }

    [Fact]
    public void Helm_templates_are_read_with_the_chart_default_values()
    {
        var documents = Read(("chart/Chart.yaml", "apiVersion: v2\nname: x\nversion: 1.0.0\n"), ("chart/values.yaml", HelmValues),
            ("chart/templates/deploy.yaml", HelmTemplate));

        var deployment = Assert.Single(documents.Kubernetes);
        Assert.True(deployment.Templated);
        Assert.Equal("Deployment {{…}}", deployment.DisplayName);
        Assert.Equal(ValueState.Unresolved, deployment.Replicas!.State);
        var (app, sidecar) = (deployment.Pod!.Containers[0], deployment.Pod.Containers[1]);
        Assert.Equal("x", app.Name);
        Assert.Equal(("app:1.0", 11), (app.Image!.Text, app.Image.Span.Line));
        Assert.Equal(("1Gi", 13), (app.MemoryLimit!.Text, app.MemoryLimit.Span.Line));
        Assert.Null(app.CpuRequest);
        Assert.Equal("true", app.SecurityContext?.RunAsNonRoot?.Text);
        Assert.False(app.Incomplete);
        Assert.False(sidecar.Incomplete);
        var chart = Assert.Single(documents.HelmCharts);
        Assert.Equal("x", chart.Name);
        Assert.Equal("1Gi", chart.Values["resources.limits.memory"].Text);
    }

    [Fact]
    public void Helm_values_are_not_guessed_when_the_chart_ships_several_values_files()
    {
        var documents = Read(("chart/Chart.yaml", "apiVersion: v2\nname: x\nversion: 1.0.0\n"), ("chart/values.yaml", HelmValues),
            ("chart/values-production.yaml", "resources:\n  limits:\n    memory: 2Gi\n"), ("chart/templates/deploy.yaml", HelmTemplate));

        var app = Assert.Single(documents.Kubernetes).Pod!.Containers[0];
        Assert.Equal(ValueState.Unresolved, app.Image!.State);
        Assert.Null(app.MemoryLimit);
        Assert.True(app.Incomplete);
    }

    [Fact]
    public void Helm_control_lines_hide_nothing_and_blocks_of_unknown_values_stay_masked()
    {
        var template = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n" +
            "      {{- with .Values.imagePullSecrets }}\n      imagePullSecrets:\n        {{- toYaml . | nindent 8 }}\n      {{- end }}\n" +
            "      containers:\n        - name: web\n          image: web:2.0\n          env:\n            {{- toYaml .Values.env | nindent 12 }}\n" +
            "        - name: proxy\n          image: proxy:1.0\n          {{- if .Values.debug }}\n          args: [--debug]\n          {{- end }}\n";
        var documents = Read(("chart/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n"),
            ("chart/values.yaml", "env:\n  - name: API_TOKEN\n    value: t0k3n-value\n"), ("chart/templates/deploy.yaml", template));

        var pod = Assert.Single(documents.Kubernetes).Pod!;
        Assert.Equal([true, false], pod.Containers.Select(c => c.Incomplete));
        Assert.Empty(pod.Containers[0].Env);
    }

    private const string HelmValues = "image: app:1.0\nresources:\n  limits:\n    memory: 1Gi\nsecurityContext:\n  runAsNonRoot: true\n";

    private const string HelmTemplate = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"x.fullname\" . }}\nspec:\n" +
        "  replicas: {{ .Values.replicas }}\n  template:\n    spec:\n      containers:\n        - name: {{ .Chart.Name }}\n" +
        "          image: \"{{ .Values.image }}\"\n          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n" +
        "          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n" +
        "        - name: sidecar\n          image: busybox:1.36\n";

    [Fact]
    public void Kubernetes_objects_of_every_kind_are_kept_and_secrets_decoded()
    {
        var text = "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  password: aHVudGVyMg==\n  blob: '!!!'\n";
        var objects = Read(("k8s/all.yaml", text)).Kubernetes;

        Assert.Equal(["Widget", "Secret"], objects.Select(o => o.Kind));
        Assert.Equal(2, objects[0].Span.Line);
        Assert.Equal(["password=hunter2 encoded=True", "blob=!!! encoded=False"], objects[1].Data.Select(d => $"{d.Key}={d.Value.Text} encoded={d.Encoded}"));
    }
}
