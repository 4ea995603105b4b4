def fetch_image(var):
    return var
