using System.Buffers;

namespace FactoryCps.Advisories;

/// <summary>A file's bytes in a rented buffer; disposing returns the buffer, so nothing may read <see cref="Bytes"/> after.</summary>
internal sealed class PooledFile : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    private PooledFile(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    public ReadOnlyMemory<byte> Bytes => new(_buffer ?? throw new ObjectDisposedException(nameof(PooledFile)), 0, _length);

    /// <summary>Reads the whole file (the caller has checked its size against the limit).</summary>
    public static PooledFile Read(string path)
    {
        using var handle = File.OpenHandle(path);
        var size = checked((int)RandomAccess.GetLength(handle));
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
        var length = 0;
        // A file that grows while being read is read as it was when opened; one that shrinks, up to its end.
        for (int read; length < size && (read = RandomAccess.Read(handle, buffer.AsSpan(length, size - length), length)) > 0;)
        {
            length += read;
        }

        return new PooledFile(buffer, length);
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
