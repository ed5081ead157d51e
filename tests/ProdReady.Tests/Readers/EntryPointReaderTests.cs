using ProdReady.Engine.Facts.Readers;
using static ProdReady.Tests.Readers.ReaderKit;

namespace ProdReady.Tests.Readers;

public class EntryPointReaderTests
{
    private readonly EntryPointReader _reader = new();

    [Theory]
    [InlineData("Procfile", true)]
    [InlineData("Procfile.dev", true)]
    [InlineData("scripts/start.sh", true)]
    [InlineData("Makefile", true)]
    [InlineData("build/rules.mk", true)]
    [InlineData("gunicorn.conf.py", true)]
    [InlineData("deploy/gunicorn_config.py", true)]
    [InlineData("etc/uwsgi.ini", true)]
    [InlineData("Dockerfile", true)]
    [InlineData("docker/Dockerfile.prod", true)]
    [InlineData("api.Dockerfile", true)]
    [InlineData("Dockerfile.dockerignore", false)]
    [InlineData("main.py", false)]
    [InlineData("package.json", false)]
    [InlineData("docker-compose.yml", false)]
    public void Accepts_start_command_files(string path, bool expected)
    {
        Assert.Equal(expected, _reader.CanRead(File(path, "")));
    }

    [Fact]
    public void Reads_procfile_processes()
    {
        var text = "web: gunicorn app:app --workers 3\nworker:   celery -A app worker\n# release: python manage.py migrate\n";

        var entryPoints = _reader.Read(File("Procfile", text)).EntryPoints.Select(Describe);

        Lines(
        [
            "ProductionServer gunicorn [gunicorn app:app --workers 3] @1:6+28",
            "Other celery [celery -A app worker] @2:11+20",
        ], entryPoints);
    }

    [Fact]
    public void Reads_server_lines_of_shell_scripts_only()
    {
        var text = """
            #!/bin/sh
            set -e
            # uvicorn app:app --reload
            python manage.py migrate
            python scripts/seed.py
            echo "starting"
            exec gunicorn config.wsgi:application \
                --bind 0.0.0.0:8000 \
                --workers 3
            """;

        var entryPoints = _reader.Read(File("docker/entrypoint.sh", text)).EntryPoints.Select(Describe);

        Lines(["ProductionServer gunicorn [exec gunicorn config.wsgi:application --bind 0.0.0.0:8000 --workers 3] @7:1+39"], entryPoints);
    }

    [Fact]
    public void Reads_makefile_recipes_only()
    {
        var text = "run: ## start locally\n\t@uvicorn app.main:app --reload\nuvicorn:\n\tnpm run dev\n\tpytest\n";

        var entryPoints = _reader.Read(File("Makefile", text)).EntryPoints.Select(Describe);

        Lines(
        [
            "DevelopmentServer uvicorn [uvicorn app.main:app --reload] @2:3+29",
            "DevelopmentServer npm [npm run dev] @4:2+11",
        ], entryPoints);
    }

    [Fact]
    public void A_gunicorn_config_file_means_gunicorn_serves_the_app()
    {
        var entryPoint = Assert.Single(_reader.Read(File("gunicorn.conf.py", "workers = 4\n")).EntryPoints);

        Assert.Equal("ProductionServer gunicorn [gunicorn --config gunicorn.conf.py] @1:1+0", Describe(entryPoint));
    }

    [Fact]
    public void A_uwsgi_ini_file_means_uwsgi_serves_the_app()
    {
        var entryPoint = Assert.Single(_reader.Read(File("etc/uwsgi.ini", "[uwsgi]\n")).EntryPoints);

        Assert.Equal("ProductionServer uwsgi [uwsgi --ini etc/uwsgi.ini] @1:1+0", Describe(entryPoint));
    }

    [Fact]
    public void Reads_dockerfile_cmd_and_entrypoint_in_both_forms()
    {
        var text = """
            FROM python:3.12-slim AS base
            # CMD ["ignored"]
            ENTRYPOINT ["/app/entrypoint.sh"]
            CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--reload"]

            FROM base AS prod
            cmd gunicorn app.main:app \
              -k uvicorn.workers.UvicornWorker
            CMD ["sh", "-c", "python manage.py runserver 0.0.0.0:$PORT"]
            CMD [broken json
            """;

        var entryPoints = _reader.Read(File("Dockerfile", text)).EntryPoints.Select(Describe);

        Lines(
        [
            "Other entrypoint.sh [/app/entrypoint.sh] @3:1+33",
            "DevelopmentServer uvicorn [uvicorn app.main:app --host 0.0.0.0 --reload] @4:1+64",
            "ProductionServer gunicorn [gunicorn app.main:app -k uvicorn.workers.UvicornWorker] @7:1+27",
            "DevelopmentServer django [sh -c \"python manage.py runserver 0.0.0.0:$PORT\"] @9:1+60",
            "Other [broken [[broken json] @10:1+16",
        ], entryPoints);
    }
}
