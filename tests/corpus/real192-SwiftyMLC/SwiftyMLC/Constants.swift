import Foundation

enum Constants {
    static let modelsDirectory = URL.cachesDirectory.appendingPathComponent("models")
    static let temporaryDirectory = URL.temporaryDirectory
    static let fileNameMlcChatConfig = "mlc-chat-config.json"
    static let fileNameNdArrayCache = "ndarray-cache.json"
}
