using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace FactoryCps.Tests.Web.Notifications;

/// <summary>
/// A minimal SMTP relay in the test process that speaks TLS (netDumbster does not): implicit TLS from the first
/// byte, or STARTTLS, which it requires before it takes a mail. It accepts every sender and recipient and keeps
/// each message with whether it arrived encrypted, and counts the TLS handshakes begun (a client that then refuses
/// the certificate just goes away: with TLS 1.3 the server cannot tell that from a client hanging up).
/// </summary>
internal sealed class TlsRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly X509Certificate2 _certificate;
    private readonly bool _implicit;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _handshakes;

    public TlsRelay(X509Certificate2 certificate, bool implicitTls)
    {
        _certificate = certificate;
        _implicit = implicitTls;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Its certificate's SHA-256, as the setting takes it.</summary>
    public string CertificateSha256 => Sha256(_certificate);

    /// <summary>Each message as received (its DATA), and whether the session was encrypted when it arrived.</summary>
    public List<(string Data, bool Encrypted)> Received { get; } = [];

    /// <summary>How many TLS handshakes clients began: the relay was reached and TLS asked for.</summary>
    public int Handshakes => Volatile.Read(ref _handshakes);

    /// <summary>A self-signed certificate for 127.0.0.1 and localhost, made for one test; no authority signed it.</summary>
    public static X509Certificate2 SelfSigned(DateTimeOffset now)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=relay.plant.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var made = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        // Through PKCS#12 so that the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>The certificate's SHA-256 as the setting takes it: hex pairs separated by colons, as tools print it.</summary>
    public static string Sha256(X509Certificate2 certificate) =>
        string.Join(':', SHA256.HashData(certificate.RawData).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
        _certificate.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => SessionAsync(client));
        }
    }

    private async Task SessionAsync(TcpClient client)
    {
        using var _ = client;
        Stream stream = client.GetStream();
        try
        {
            var encrypted = false;
            if (_implicit)
            {
                stream = await SecureAsync(stream);
                encrypted = true;
            }

            var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);
            await WriteAsync(stream, "220 relay.plant.test ESMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await WriteAsync(stream, encrypted ? "250 relay.plant.test" : "250-relay.plant.test\r\n250 STARTTLS");
                        break;
                    case "STARTTLS" when !encrypted:
                        await WriteAsync(stream, "220 Ready to start TLS");
                        stream = await SecureAsync(stream);
                        reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);
                        encrypted = true;
                        break;
                    case "MAIL" when !encrypted:
                        await WriteAsync(stream, "530 Must issue a STARTTLS command first");
                        break;
                    case "MAIL" or "RCPT" or "RSET" or "NOOP" or "HELO":
                        await WriteAsync(stream, "250 OK");
                        break;
                    case "DATA":
                        await WriteAsync(stream, "354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } row && row != ".")
                        {
                            data.Append(row.StartsWith("..", StringComparison.Ordinal) ? row[1..] : row).Append("\r\n");
                        }

                        lock (Received)
                        {
                            Received.Add((data.ToString(), encrypted));
                        }

                        await WriteAsync(stream, "250 OK: queued");
                        break;
                    case "QUIT":
                        await WriteAsync(stream, "221 Bye");
                        return;
                    default:
                        await WriteAsync(stream, "502 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away: it refused the certificate, or the test ended.
        }
        finally
        {
            await stream.DisposeAsync();
        }
    }

    private async Task<Stream> SecureAsync(Stream plain)
    {
        Interlocked.Increment(ref _handshakes);
        var tls = new SslStream(plain, leaveInnerStreamOpen: false);
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, _stop.Token);
        return tls;
    }

    private async Task WriteAsync(Stream stream, string reply)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n"), _stop.Token);
        await stream.FlushAsync(_stop.Token);
    }
}
