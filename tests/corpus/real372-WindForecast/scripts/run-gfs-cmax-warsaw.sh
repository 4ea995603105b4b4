#NBEATSX
python -m wind_forecast.main experiment=nbeatsx_gfs_cmax optim=adam experiment.target_parameter=temperature \
experiment.dropout=0.45 optim.base_lr=0.0006 experiment.nbeats_num_blocks=[4,4] experiment.nbeats_num_layers=[8,8] \
experiment.nbeats_num_hidden=64 experiment.tcn_channels=[32,64,64] experiment.use_time2vec=False experiment.use_value2vec=False \
experiment.epochs=20 experiment.num_workers=16

python -m wind_forecast.main experiment=nbeatsx_gfs_cmax optim=adam experiment.target_parameter=temperature \
experiment.dropout=0.45 optim.base_lr=0.0006 experiment.nbeats_num_blocks=[4,4] experiment.nbeats_num_layers=[8,8] \
experiment.nbeats_num_hidden=64 experiment.tcn_channels=[32,64,64] experiment.use_time2vec=False experiment.use_value2vec=False \
experiment.epochs=20 experiment.num_workers=16 experiment.sequence_length=48

python -m wind_forecast.main experiment=nbeatsx_gfs_cmax optim=adam experiment.target_parameter=wind_velocity \
experiment.dropout=0.45 optim.base_lr=0.0006 experiment.nbeats_num_blocks=[4,4] experiment.nbeats_num_layers=[8,8] \
experiment.nbeats_num_hidden=64 experiment.tcn_channels=[32,64,64] experiment.use_time2vec=False experiment.use_value2vec=False \
experiment.epochs=20 experiment.num_workers=16

python -m wind_forecast.main experiment=nbeatsx_gfs_cmax optim=adam experiment.target_parameter=wind_velocity \
experiment.dropout=0.45 optim.base_lr=0.0006 experiment.nbeats_num_blocks=[4,4] experiment.nbeats_num_layers=[8,8] \
experiment.nbeats_num_hidden=64 experiment.tcn_channels=[32,64,64] experiment.use_time2vec=False experiment.use_value2vec=False \
experiment.epochs=20 experiment.num_workers=16 experiment.sequence_length=48

python -m wind_forecast.main experiment=nbeatsx_gfs_cmax optim=adam experiment.target_parameter=pressure \
experiment.dropout=0.45 optim.base_lr=0.0006 experiment.nbeats_num_blocks=[4,4] experiment.nbeats_num_layers=[8,8] \
experiment.nbeats_num_hidden=64 experiment.tcn_channels=[32,64,64] experiment.use_time2vec=False experiment.use_value2vec=False \
experiment.epochs=20 experiment.num_workers=16

python -m wind_forecast.main experiment=nbeatsx_gfs_cmax optim=adam experiment.target_parameter=pressure \
experiment.dropout=0.45 optim.base_lr=0.0006 experiment.nbeats_num_blocks=[4,4] experiment.nbeats_num_layers=[8,8] \
experiment.nbeats_num_hidden=64 experiment.tcn_channels=[32,64,64] experiment.use_time2vec=False experiment.use_value2vec=False \
experiment.epochs=20 experiment.num_workers=16 experiment.sequence_length=48

#LSTM
python -m wind_forecast.main experiment=hybrid_lstm_s2s_gfs_cmax optim=adam experiment.target_parameter=temperature \
experiment.dropout=0.2 optim.base_lr=0.0002 experiment.lstm_hidden_state=512 experiment.lstm_num_layers=4 \
experiment.use_time2vec=False experiment.use_value2vec=False experiment.regressor_head_dims=[32] \
experiment.epochs=20 experiment.num_workers=16
