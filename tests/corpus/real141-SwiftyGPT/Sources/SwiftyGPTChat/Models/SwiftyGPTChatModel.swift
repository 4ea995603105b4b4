//
//  SwiftyGPTChatModel.swift
//
//
//  Created by Antonio Guerra on 11/04/24.
//

import Foundation

enum SwiftyGPTChatModel: String {
    case gpt3_5_turbo = "gpt-3.5-turbo"
    case gpt3_5_turbo_16k = "gpt-3.5-turbo-16k"
    case gpt3_5_turbo_16k_0613 = "gpt-3.5-turbo-16k-0613"
    case gpt3_5_turbo_0301 = "gpt-3.5-turbo-0301"
    case gpt3_5_turbo_0613 = "gpt-3.5-turbo-0613"
    case gpt3_5_turbo_1106 = "gpt-3.5-turbo-1106"
    case gpt3_5_turbo_0125 = "gpt-3.5-turbo-0125"
    // TODO: add gpt4 models
}
