using System.Buffers.Binary;
using System.IO.Compression;

namespace SupportBot.Deploy.Tests.Teams;

/// <summary>
/// Just enough of PNG to check the Teams icons: size from IHDR and, for 8-bit RGB/RGBA,
/// the pixels (all five row filters), so tests can look at colours and transparency.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, int bitDepth, int colorType, byte[] rgba)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public int BitDepth { get; }

    /// <summary>2 = RGB, 6 = RGBA.</summary>
    public int ColorType { get; }

    /// <summary>Four bytes per pixel, row by row; alpha 255 where the image has none.</summary>
    public byte[] Rgba { get; }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var i = 0; i < Rgba.Length; i += 4)
        {
            yield return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }

    public static PngImage Read(byte[] file)
    {
        if (!file.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        var (width, height, bitDepth, colorType) = (0, 0, 0, 0);
        using var compressed = new MemoryStream();
        for (var offset = Signature.Length; offset < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var kind = System.Text.Encoding.ASCII.GetString(file, offset + 4, 4);
            var data = file.AsSpan(offset + 8, length);
            if (kind == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                (bitDepth, colorType) = (data[8], data[9]);
            }
            else if (kind == "IDAT")
            {
                compressed.Write(data);
            }

            offset += 12 + length; // length, type, data, CRC
        }

        var rgba = bitDepth == 8 && colorType is 2 or 6
            ? Decode(compressed.ToArray(), width, height, colorType == 6 ? 4 : 3)
            : [];
        return new PngImage(width, height, bitDepth, colorType, rgba);
    }

    private static byte[] Decode(byte[] compressed, int width, int height, int bytesPerPixel)
    {
        using var inflater = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var data = raw.ToArray();

        var stride = width * bytesPerPixel;
        var previous = new byte[stride];
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var row = data.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            Unfilter(filter, row, previous, bytesPerPixel);
            for (var x = 0; x < width; x++)
            {
                var target = (y * width + x) * 4;
                row.AsSpan(x * bytesPerPixel, 3).CopyTo(rgba.AsSpan(target));
                rgba[target + 3] = bytesPerPixel == 4 ? row[x * bytesPerPixel + 3] : (byte)255;
            }

            previous = row;
        }

        return rgba;
    }

    private static void Unfilter(byte filter, byte[] row, byte[] above, int bytesPerPixel)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
            int up = above[i];
            int upLeft = i >= bytesPerPixel ? above[i - bytesPerPixel] : 0;
            row[i] += filter switch
            {
                0 => 0,
                1 => (byte)left,
                2 => (byte)up,
                3 => (byte)((left + up) / 2),
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
            };
        }
    }

    private static byte Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var (toLeft, toUp, toUpLeft) = (Math.Abs(estimate - left), Math.Abs(estimate - up), Math.Abs(estimate - upLeft));
        return (byte)(toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft);
    }
}
