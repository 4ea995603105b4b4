# data prep
