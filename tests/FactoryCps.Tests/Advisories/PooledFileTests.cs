using System.Text;
using FactoryCps.Advisories;

namespace FactoryCps.Tests.Advisories;

public sealed class PooledFileTests
{
    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(200_000)]
    public void Reads_the_whole_file_and_refuses_reads_after_dispose(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var path = Path.Combine(Path.GetTempPath(), $"fcps-pooled-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, bytes);
        try
        {
            var file = PooledFile.Read(path);
            Assert.Equal(bytes, file.Bytes.ToArray());

            file.Dispose();
            Assert.Throws<ObjectDisposedException>(() => file.Bytes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Files_validated_one_after_another_each_keep_their_own_content()
    {
        // The second file reuses the first one's pooled buffer: a shorter document after a longer one must not see
        // the longer one's tail.
        var directory = Directory.CreateTempSubdirectory("fcps-pooled-");
        try
        {
            var longer = Path.Combine(directory.FullName, "long.json");
            var shorter = Path.Combine(directory.FullName, "short.json");
            File.WriteAllText(longer, "{\"document\": {\"category\": \"" + new string('x', 100_000) + "\"}}", NoBom);
            File.WriteAllText(shorter, "[]", NoBom);

            CsafValidator.ValidateFile(longer, readModel: false);
            var report = CsafValidator.ValidateFile(shorter, readModel: false);

            Assert.Equal("CsafNotAnObject", Assert.Single(report.Findings).Message.Key);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
