# Download the base and best weights from the release 
# and place them in the weights directory

wget -O weights/base.pth https://github.com/muhd-umer/pyramidtabnet/releases/download/v0.1.1/base.pth
wget -O weights/ptn_detection.pth https://github.com/muhd-umer/pyramidtabnet/releases/download/v0.1.1/ptn_detection.pth
wget -O weights/ptn_recognition.pth https://github.com/muhd-umer/pyramidtabnet/releases/download/v0.1.1/ptn_recognition.pth
wget -O weights/ptn_cells.pth https://github.com/muhd-umer/pyramidtabnet/releases/download/v0.1.1/ptn_cells.pth
wget -O weights/craft_refiner.pth https://github.com/muhd-umer/pyramidtabnet/releases/download/v0.1.1/craft_refiner.pth
wget -O weights/craft_mlt.pth https://github.com/muhd-umer/pyramidtabnet/releases/download/v0.1.1/craft_mlt.pth