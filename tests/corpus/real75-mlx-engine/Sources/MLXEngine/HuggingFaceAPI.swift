import Foundation
import os.log

/// Hugging Face Hub API client for searching and downloading models
public class HuggingFaceAPI: @unchecked Sendable {
    public static let shared = HuggingFaceAPI()
    
    private let baseURL = "https://huggingface.co/api"
    private let session: URLSession
    private var hfToken: String?
    private let logger = Logger(subsystem: "com.mlxengine", category: "HuggingFaceAPI")
    
    private init() {
        // Enhanced URLSession configuration for better performance
        let configuration = URLSessionConfiguration.default
        configuration.timeoutIntervalForRequest = 300 // 5 minutes
        configuration.timeoutIntervalForResource = 3600 // 1 hour
        configuration.waitsForConnectivity = true
        configuration.allowsCellularAccess = true
        configuration.allowsExpensiveNetworkAccess = true
        configuration.allowsConstrainedNetworkAccess = true
        
        // Enable HTTP/2 for better performance
        configuration.httpShouldUsePipelining = true
        configuration.httpMaximumConnectionsPerHost = 6 // Allow multiple concurrent connections
        
        // Enable connection pooling and reuse
        configuration.connectionProxyDictionary = [
            kCFNetworkProxiesHTTPEnable: true,
            kCFNetworkProxiesHTTPSEnable: true
        ]
        
        session = URLSession(configuration: configuration)
        
        // Try to load token from various sources
        self.hfToken = Self.loadHuggingFaceToken()
    }
    
    /// Sets the Hugging Face token for authentication
    public func setToken(_ token: String) {
        self.hfToken = token
    }
    
    /// Clears the current token
    public func clearToken() {
        self.hfToken = nil
    }
    
    /// Returns true if a token is available
    public var hasToken: Bool {
        return hfToken != nil
    }
    
    /// Loads Hugging Face token from various sources following established patterns
    private static func loadHuggingFaceToken() -> String? {
        let possibleTokens = [
            // Environment variables
            { ProcessInfo.processInfo.environment["HF_TOKEN"] },
            { ProcessInfo.processInfo.environment["HUGGING_FACE_HUB_TOKEN"] },
            
            // Token file paths from environment
            {
                ProcessInfo.processInfo.environment["HF_TOKEN_PATH"].flatMap {
                    try? String(
                        contentsOf: URL(filePath: NSString(string: $0).expandingTildeInPath),
                        encoding: .utf8
                    ).trimmingCharacters(in: .whitespacesAndNewlines)
                }
            },
            {
                ProcessInfo.processInfo.environment["HF_HOME"].flatMap {
                    try? String(
                        contentsOf: URL(filePath: NSString(string: $0).expandingTildeInPath).appending(path: "token"),
                        encoding: .utf8
                    ).trimmingCharacters(in: .whitespacesAndNewlines)
                }
            },
            
            // Standard token file locations
            { 
                try? String(
                    contentsOf: FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/huggingface/token"), 
                    encoding: .utf8
                ).trimmingCharacters(in: .whitespacesAndNewlines)
            },
            { 
                try? String(
                    contentsOf: FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".huggingface/token"), 
                    encoding: .utf8
                ).trimmingCharacters(in: .whitespacesAndNewlines)
            },
            
            // MLXEngine-specific token location
            {
                #if os(iOS)
                let documentsPath = FileManager.default.urls(for: .documentDirectory, in: .userDomainMask).first!
                #else
                let documentsPath = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask).first!
                #endif
                let tokenPath = documentsPath.appendingPathComponent("MLXEngine/hf_token")
                return try? String(contentsOf: tokenPath, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        ]
        
        return possibleTokens
            .lazy
            .compactMap { $0() }
            .filter { !$0.isEmpty }
            .first
    }
    
    /// Saves the Hugging Face token to a secure location
    public func saveToken(_ token: String) throws {
        #if os(iOS)
        let documentsPath = FileManager.default.urls(for: .documentDirectory, in: .userDomainMask).first!
        #else
        let documentsPath = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask).first!
        #endif
        
        let mlxEnginePath = documentsPath.appendingPathComponent("MLXEngine")
        let tokenPath = mlxEnginePath.appendingPathComponent("hf_token")
        
        // Create directory if it doesn't exist
        try FileManager.default.createDirectory(at: mlxEnginePath, withIntermediateDirectories: true)
        
        // Save token
        try token.write(to: tokenPath, atomically: true, encoding: .utf8)
        
        // Set token for current session
        self.hfToken = token
    }
    
    /// Creates an authenticated URLRequest with proper headers
    private func createAuthenticatedRequest(for url: URL) -> URLRequest {
        var request = URLRequest(url: url)
        
        // Add authentication header if token is available
        if let token = hfToken {
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        }
        
        // Add standard headers
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue("MLXEngine/1.0", forHTTPHeaderField: "User-Agent")
        
        return request
    }
    
    /// Performs an authenticated HTTP request with proper error handling
    private func performAuthenticatedRequest(for url: URL) async throws -> (Data, HTTPURLResponse) {
        let request = createAuthenticatedRequest(for: url)
        
        do {
            let (data, response) = try await session.data(for: request)
            guard let httpResponse = response as? HTTPURLResponse else {
                throw HuggingFaceError.networkError
            }
            
            switch httpResponse.statusCode {
            case 200..<300:
                return (data, httpResponse)
            case 401, 403:
                throw HuggingFaceError.authenticationRequired
            case 404:
                throw HuggingFaceError.modelNotFound(url.lastPathComponent)
            case 429:
                throw HuggingFaceError.rateLimitExceeded
            default:
                throw HuggingFaceError.httpError(httpResponse.statusCode)
            }
        } catch let error as HuggingFaceError {
            throw error
        } catch {
            throw HuggingFaceError.networkError
        }
    }
    
    /// Searches for models on Hugging Face Hub
    public func searchModels(query: String, limit: Int = 20) async throws -> [HuggingFaceModel] {
        let encodedQuery = query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? ""
        let urlString = "\(baseURL)/models?search=\(encodedQuery)&limit=\(limit)"
        
        guard let url = URL(string: urlString) else {
            throw HuggingFaceError.invalidURL
        }
        
        let (data, response) = try await session.data(from: url)
        
        guard let httpResponse = response as? HTTPURLResponse else {
            throw HuggingFaceError.networkError
        }
        
        if httpResponse.statusCode != 200 {
            logger.error("HTTP Error: \(httpResponse.statusCode)")
            if let errorData = String(data: data, encoding: .utf8) {
                logger.error("Error response: \(errorData)")
            }
            throw HuggingFaceError.networkError
        }
        
        let models = try JSONDecoder().decode([HuggingFaceModel].self, from: data)
        return models
    }
    
    /// Gets detailed information about a specific model
    public func getModelInfo(modelId: String) async throws -> HuggingFaceModel {
        let encodedModelId = modelId.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
        let urlString = "\(baseURL)/models/\(encodedModelId)"
        
        guard let url = URL(string: urlString) else {
            throw HuggingFaceError.invalidURL
        }
        
        let (data, _) = try await performAuthenticatedRequest(for: url)
        let model = try JSONDecoder().decode(HuggingFaceModel.self, from: data)
        return model
    }
    
    /// Downloads a model file from Hugging Face with enhanced performance and progress tracking
    public func downloadModel(modelId: String, fileName: String, to destinationURL: URL, progress: @escaping @Sendable (Double) -> Void) async throws {
        let encodedModelId = modelId.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
        let encodedFileName = fileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
        let urlString = "https://huggingface.co/\(encodedModelId)/resolve/main/\(encodedFileName)"
        
        guard let url = URL(string: urlString) else {
            throw HuggingFaceError.invalidURL
        }
        
        let (asyncBytes, response) = try await session.bytes(from: url)
        
        guard let httpResponse = response as? HTTPURLResponse,
              httpResponse.statusCode == 200 else {
            throw HuggingFaceError.networkError
        }
        
        let totalBytes = httpResponse.expectedContentLength
        var downloadedBytes: Int64 = 0
        let bufferSize = 1024 * 1024 // 1MB buffer for better performance
        var buffer = Data()
        buffer.reserveCapacity(bufferSize)
        var lastProgressUpdateTime = Date()
        let progressUpdateInterval: TimeInterval = 0.5 // 500ms for less frequent updates
        
        // Use Data.write(to:) for better performance than FileHandle
        var downloadData = Data()
        downloadData.reserveCapacity(Int(totalBytes > 0 ? totalBytes : 1024 * 1024 * 100)) // Reserve 100MB if size unknown
        
        do {
            for try await byte in asyncBytes {
                if Task.isCancelled {
                    throw CancellationError()
                }
                buffer.append(byte)
                downloadedBytes += 1
                
                if buffer.count >= bufferSize {
                    downloadData.append(buffer)
                    buffer.removeAll(keepingCapacity: true)
                    
                    // Throttle progress updates to reduce overhead
                    if totalBytes > 0 {
                        let now = Date()
                        if now.timeIntervalSince(lastProgressUpdateTime) >= progressUpdateInterval {
                            let progressValue = Double(downloadedBytes) / Double(totalBytes)
                            progress(progressValue)
                            lastProgressUpdateTime = now
                        }
                    }
                }
            }
            
            // Append any remaining bytes
            if !buffer.isEmpty {
                downloadData.append(buffer)
            }
            
            // Write the complete file at once for better performance
            try downloadData.write(to: destinationURL)
            
            // Always send a final progress update at 100%
            if totalBytes > 0 {
                let progressValue = Double(downloadedBytes) / Double(totalBytes)
                progress(progressValue)
            }
        } catch {
            // Remove partial file on error or cancellation
            try? FileManager.default.removeItem(at: destinationURL)
            if error is CancellationError {
                throw CancellationError()
            } else {
                throw error
            }
        }
    }
    
    /// Gets the file size for a model file from Hugging Face (HEAD request)
    public func getFileSize(modelId: String, fileName: String) async throws -> Int64 {
        let encodedModelId = modelId.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
        let encodedFileName = fileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
        let urlString = "https://huggingface.co/\(encodedModelId)/resolve/main/\(encodedFileName)"
        guard let url = URL(string: urlString) else {
            throw HuggingFaceError.invalidURL
        }
        var request = URLRequest(url: url)
        request.httpMethod = "HEAD"
        let (_, response) = try await session.data(for: request)
        guard let httpResponse = response as? HTTPURLResponse,
              httpResponse.statusCode == 200 else {
            throw HuggingFaceError.networkError
        }
        let totalBytes = httpResponse.expectedContentLength
        return totalBytes > 0 ? totalBytes : 0
    }
    
    /// Debug function to dump full model JSON for inspection
    public func dumpModelJSON(modelId: String) async throws -> String {
        let encodedModelId = modelId.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
        let urlString = "\(baseURL)/models/\(encodedModelId)"
        
        guard let url = URL(string: urlString) else {
            throw HuggingFaceError.invalidURL
        }
        
        let (data, response) = try await session.data(from: url)
        
        guard let httpResponse = response as? HTTPURLResponse,
              httpResponse.statusCode == 200 else {
            throw HuggingFaceError.networkError
        }
        
        // Pretty print the JSON
        let jsonObject = try JSONSerialization.jsonObject(with: data)
        if let prettyData = try? JSONSerialization.data(withJSONObject: jsonObject, options: .prettyPrinted),
           let prettyString = String(data: prettyData, encoding: .utf8) {
            return prettyString
        }
        
        // Fallback to raw data
        return String(data: data, encoding: .utf8) ?? "Unable to decode JSON"
    }
}
