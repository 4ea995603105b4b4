import RNFS from "react-native-fs";

export const downloadModel = async (
    modelName: string,
    modelUrl: string,
    onProgress: (progress: number) => void
): Promise<string> => {
    const destPath = `${RNFS.DocumentDirectoryPath}/${modelName}`;
    if (await RNFS.exists(destPath)) {
        await RNFS.unlink(destPath);
    }
    console.log("modelUrl : ", modelUrl);

    const downloadResult = await RNFS.downloadFile({
        fromUrl: modelUrl,
        toFile: destPath,
        progressDivider: 5,
        progress: ({ bytesWritten, contentLength }) => {
            onProgress(Math.floor((bytesWritten / contentLength) * 100));
        },
    }).promise;

    if (downloadResult.statusCode === 200) {
        return destPath;
    }
    throw new Error(`Download failed with status code: ${downloadResult.statusCode}`);
};
