# plugins registered here
