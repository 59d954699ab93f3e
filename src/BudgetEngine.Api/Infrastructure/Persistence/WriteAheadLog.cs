using System.Buffers.Binary;

namespace BudgetEngine.Api.Infrastructure.Persistence;

/// <summary>
/// Reads the 32-byte header of a SQLite write-ahead log (sqlite.org/fileformat2.html#walformat): magic 0x377f0682 or
/// 0x377f0683, format version 3007000, a power-of-two page size and a checksum over the first 24 bytes. SQLite treats a
/// log with a bad header as empty and so silently drops every write it holds; the API refuses to start instead.
/// </summary>
public static class WriteAheadLog
{
    private const uint MagicLittleEndian = 0x377f0682;
    private const uint MagicBigEndian = 0x377f0683;
    private const uint FormatVersion = 3007000;

    /// <summary>What is wrong with the header of the log at <paramref name="path"/>, or null when it is sound.</summary>
    public static string? DamagedHeader(string path)
    {
        Span<byte> header = stackalloc byte[32];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length) return "shorter than its 32-byte header";
        }
        var magic = BinaryPrimitives.ReadUInt32BigEndian(header);
        if (magic is not (MagicLittleEndian or MagicBigEndian)) return "its header does not begin with the write-ahead log's magic number";
        if (BinaryPrimitives.ReadUInt32BigEndian(header[4..]) != FormatVersion) return "its header names an unknown format version";
        var pageSize = BinaryPrimitives.ReadUInt32BigEndian(header[8..]);
        if (pageSize is < 512 or > 65536 || (pageSize & (pageSize - 1)) != 0) return "its header names an impossible page size";
        var (first, second) = Checksum(header[..24], bigEndian: magic == MagicBigEndian);
        if (first != BinaryPrimitives.ReadUInt32BigEndian(header[24..]) || second != BinaryPrimitives.ReadUInt32BigEndian(header[28..]))
        {
            return "its header checksum does not match";
        }
        return null;
    }

    private static (uint, uint) Checksum(ReadOnlySpan<byte> data, bool bigEndian)
    {
        uint s0 = 0, s1 = 0;
        for (var i = 0; i < data.Length; i += 8)
        {
            var x0 = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data[i..]) : BinaryPrimitives.ReadUInt32LittleEndian(data[i..]);
            var x1 = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data[(i + 4)..]) : BinaryPrimitives.ReadUInt32LittleEndian(data[(i + 4)..]);
            unchecked
            {
                s0 += x0 + s1;
                s1 += x1 + s0;
            }
        }
        return (s0, s1);
    }
}
