using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>
/// One throw-away self-signed certificate for 127.0.0.1 per test process, trusted through the
/// user's .NET root store (the Bot Framework fetches OpenID metadata with a static HttpClient of its
/// own, so no handler can be given to it). Added once, removed when the process exits; a copy left
/// by a killed process expires within hours and is swept by the next run. Its private key never
/// leaves this process.
/// </summary>
/// <remarks>
/// On Linux .NET caches the user root store and looks at its directory again at most every few
/// seconds, so a certificate just added is not trusted at once: a handshake in that window fails
/// with <c>UntrustedRoot</c>. Adding and removing a certificate per issuer made the channel tests
/// fail now and then for that reason; <see cref="WaitUntilTrustedAsync"/> closes the window.
/// </remarks>
internal static class LoopbackTestCertificate
{
    private const string SubjectName = "CN=SupportBot test OpenID issuer";
    private static readonly TimeSpan TrustDeadline = TimeSpan.FromSeconds(30);
    private static readonly Lazy<X509Certificate2> Certificate = new(AddToUserRoots);
    private static volatile bool s_trustSeen;

    public static X509Certificate2 Trusted => Certificate.Value;

    /// <summary>Returns once a handshake with <paramref name="served"/> (served with this certificate) validates as any client's would.</summary>
    public static async Task WaitUntilTrustedAsync(Uri served)
    {
        if (s_trustSeen)
        {
            return;
        }

        using var client = new HttpClient();
        var deadline = DateTime.UtcNow + TrustDeadline;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(served);
                s_trustSeen = true;
                return;
            }
            catch (HttpRequestException refused) when (refused.InnerException is AuthenticationException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private static X509Certificate2 AddToUserRoots()
    {
        var certificate = SelfSigned();
        using (var roots = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            roots.Open(OpenFlags.ReadWrite);
            foreach (var leftover in roots.Certificates.Find(X509FindType.FindBySubjectDistinguishedName, SubjectName, validOnly: false))
            {
                if (leftover.NotAfter < DateTime.Now)
                {
                    roots.Remove(leftover);
                }
            }

            roots.Add(certificate);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            using var roots = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
            roots.Open(OpenFlags.ReadWrite);
            roots.Remove(certificate);
        };
        return certificate;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(SubjectName, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(3));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
