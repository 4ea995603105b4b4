import Foundation
import Hub
import MLXLMCommon

/// Ready-made Whisper configurations.
public class WhisperRegistry: AbstractModelRegistry, @unchecked Sendable {

    /// Shared registry holding the defaults below.
    public static let shared = WhisperRegistry(modelConfigurations: all())

    /// Whisper tiny.
    public static let tiny = ModelConfiguration(id: "mlx-community/whisper-tiny")
    /// Whisper base.
    public static let base = ModelConfiguration(id: "mlx-community/whisper-base")
    /// Whisper small.
    public static let small = ModelConfiguration(id: "mlx-community/whisper-small")

    /// Every predefined configuration.
    public static func all() -> [ModelConfiguration] {
        [tiny, base, small]
    }
}
