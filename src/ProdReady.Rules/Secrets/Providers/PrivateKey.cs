using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class PrivateKey
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC127",
        Name = "private-key",
        Provider = "Private key",
        Reference = "https://cwe.mitre.org/data/definitions/321.html",
        Detectors =
        [
            new()
            {
                Id = "private-key",
                Provider = "Private key",
                Label = "private key",
                Keywords = ["PRIVATE KEY-----", "PRIVATE KEY BLOCK-----"],
                Pattern = Pattern(),
                Check = TokenChecks.PrivateKey,
                Span = 12000,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "an RSA key committed as a file",
                ("deploy/id_rsa", """
                    [|-----BEGIN RSA PRIVATE KEY-----|]
                    xqUYSD0F/exeUnSCUNxs2GZbra570bf4x16XzGeAphWEIT6j0P1O+UeFCxx4FrKv
                    2pI33Cg7Qi/CT6BioOCHqWi/Cw99x6heb1EXE7VqtoBvwWweIuyKYTj4b+WhTc8z
                    j7mSxMLpOR6FHdwtFwKjd8nwgll66TFt9WtInCCzeTJ/fJ/RY25afjuVwnABsq6R
                    WAAFh5T79oV363pvtuMdsEjeD/twotrBPREbhNJDwvW3wcwee4sAn1L/7DkGKu0S
                    /RSNrxFJuLak8KVK7GzcaoTpGWGgVFdKVj2hiegYuHFMyHFfqYe37DM+kmnFWg33
                    W91gsdXo2f009kxi+UgxYl1NPGMBuVPx6mKzQL3CaQRw2MIXFNEA2EupM+xO7i3F
                    -----END RSA PRIVATE KEY-----
                    """)),
            RuleExample.Bad(
                "an encrypted PKCS#8 key is still reported (lower)",
                ("certs/server.key", """
                    [|-----BEGIN ENCRYPTED PRIVATE KEY-----|]
                    xqUYSD0F/exeUnSCUNxs2GZbra570bf4x16XzGeAphWEIT6j0P1O+UeFCxx4FrKv
                    2pI33Cg7Qi/CT6BioOCHqWi/Cw99x6heb1EXE7VqtoBvwWweIuyKYTj4b+WhTc8z
                    j7mSxMLpOR6FHdwtFwKjd8nwgll66TFt9WtInCCzeTJ/fJ/RY25afjuVwnABsq6R
                    WAAFh5T79oV363pvtuMdsEjeD/twotrBPREbhNJDwvW3wcwee4sAn1L/7DkGKu0S
                    /RSNrxFJuLak8KVK7GzcaoTpGWGgVFdKVj2hiegYuHFMyHFfqYe37DM+kmnFWg33
                    W91gsdXo2f009kxi+UgxYl1NPGMBuVPx6mKzQL3CaQRw2MIXFNEA2EupM+xO7i3F
                    -----END ENCRYPTED PRIVATE KEY-----
                    """)),
            RuleExample.Good(
                "a certificate and a public key are public",
                ("certs/server.crt", """
                    -----BEGIN CERTIFICATE-----
                    xqUYSD0F/exeUnSCUNxs2GZbra570bf4x16XzGeAphWEIT6j0P1O+UeFCxx4FrKv
                    2pI33Cg7Qi/CT6BioOCHqWi/Cw99x6heb1EXE7VqtoBvwWweIuyKYTj4b+WhTc8z
                    j7mSxMLpOR6FHdwtFwKjd8nwgll66TFt9WtInCCzeTJ/fJ/RY25afjuVwnABsq6R
                    WAAFh5T79oV363pvtuMdsEjeD/twotrBPREbhNJDwvW3wcwee4sAn1L/7DkGKu0S
                    /RSNrxFJuLak8KVK7GzcaoTpGWGgVFdKVj2hiegYuHFMyHFfqYe37DM+kmnFWg33
                    W91gsdXo2f009kxi+UgxYl1NPGMBuVPx6mKzQL3CaQRw2MIXFNEA2EupM+xO7i3F
                    -----END CERTIFICATE-----
                    -----BEGIN PUBLIC KEY-----
                    xqUYSD0F/exeUnSCUNxs2GZbra570bf4x16XzGeAphWEIT6j0P1O+UeFCxx4FrKv
                    2pI33Cg7Qi/CT6BioOCHqWi/Cw99x6heb1EXE7VqtoBvwWweIuyKYTj4b+WhTc8z
                    j7mSxMLpOR6FHdwtFwKjd8nwgll66TFt9WtInCCzeTJ/fJ/RY25afjuVwnABsq6R
                    WAAFh5T79oV363pvtuMdsEjeD/twotrBPREbhNJDwvW3wcwee4sAn1L/7DkGKu0S
                    /RSNrxFJuLak8KVK7GzcaoTpGWGgVFdKVj2hiegYuHFMyHFfqYe37DM+kmnFWg33
                    W91gsdXo2f009kxi+UgxYl1NPGMBuVPx6mKzQL3CaQRw2MIXFNEA2EupM+xO7i3F
                    -----END PUBLIC KEY-----
                    """)),
            RuleExample.Good(
                "a key with its body elided in documentation",
                ("docs/tls.md", """
                    -----BEGIN PRIVATE KEY-----
                    ...
                    -----END PRIVATE KEY-----
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<secret>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----(?:\\n|\r?\n|[A-Za-z0-9+/=:, \-]){40,12000}?-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
