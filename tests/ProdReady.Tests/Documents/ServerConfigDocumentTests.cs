using ProdReady.Engine.Documents;
using ProdReady.Engine.Files;
using ProdReady.Tests.Readers;

namespace ProdReady.Tests.Documents;

public class ServerConfigDocumentTests
{
    private static InfrastructureDocuments Read(params (string Path, string Text)[] files) =>
        InfrastructureDocuments.Read(Repository.FromFiles(files.Select(f => new KeyValuePair<string, string>(f.Path, f.Text))));

    [Theory]
    [InlineData("nginx.conf", true)]
    [InlineData("deploy/nginx/default.conf", true)]
    [InlineData("nginx/templates/app.conf.template", true)]
    [InlineData("etc/sites-available/app.conf", true)]
    [InlineData("config/app.conf", false)]
    [InlineData("nginx/mosquitto.conf", false)]
    public void Knows_nginx_files_by_path(string path, bool expected) => Assert.Equal(expected, InfrastructureDocuments.IsNginx(path));

    [Fact]
    public void Reads_nginx_directives_blocks_quotes_and_comments()
    {
        var config = Assert.Single(Read(("nginx/nginx.conf", """
            events {}
            http {
              server_tokens off; # hide the version
              server {
                listen 443 ssl http2;
                add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;
                location / { proxy_pass http://$upstream; }
              }
            }
            """)).Nginx);

        var server = Assert.Single(config.Servers);
        Assert.Equal(["listen", "add_header", "location"], server.Children.Select(d => d.Name));
        Assert.Equal("443 ssl http2", server.Children[0].ArgumentText);
        Assert.Equal("5:5+6", ReaderKit.At(server.Children[0].Span));
        Assert.Equal("max-age=31536000; includeSubDomains", server.Children[1].Arguments[1].Text);
        var proxy = config.All.Single(d => d.Name == "proxy_pass");
        Assert.Equal(ValueState.Unresolved, proxy.Arguments[0].State);
        Assert.Equal("off", config.All.Single(d => d.Name == "server_tokens").Arguments[0].Text);
    }

    [Fact]
    public void Unbalanced_nginx_braces_are_skipped()
    {
        var documents = Read(("nginx.conf", "http {\n  server {\n    listen 80;\n  }\n"));

        Assert.Equal("unparsed: invalid nginx configuration at line 1, column 1: the block http is never closed with }", Assert.Single(documents.Skipped).Reason);
    }

    [Fact]
    public void Reads_mosquitto_listeners_with_their_settings()
    {
        var config = Assert.Single(Read(("mosquitto/config/mosquitto.conf", """
            # broker
            persistence true
            allow_anonymous true
            listener 1883
            listener 8883 0.0.0.0
            cafile /mosquitto/certs/ca.crt
            certfile /mosquitto/certs/server.crt
            keyfile /mosquitto/certs/server.key
            listener 9001 127.0.0.1
            protocol websockets
            """)).Mosquitto);

        Assert.Equal(["persistence", "allow_anonymous"], config.Settings.Select(s => s.Name));
        Assert.Equal("3:17+4", ReaderKit.At(config.All("allow_anonymous").Single().Value.Span));
        Assert.Equal(["1883 tls=False local=False", "8883 tls=True local=False", "9001 tls=False local=True"],
            config.Listeners.Select(l => $"{l.Port!.Text} tls={l.HasTls} local={l.IsLocalOnly}"));
        Assert.Equal("4:1+8", ReaderKit.At(config.Listeners[0].Span));
        Assert.Equal("websockets", config.Listeners[2].Protocol!.Text);
    }
}
