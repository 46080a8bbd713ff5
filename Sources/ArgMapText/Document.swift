import Foundation
import Crypto
